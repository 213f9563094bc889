package id.migrasiaman.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import id.migrasiaman.store.EmbeddedMongo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MongoDB is down and Telegram delivers two messages of one chat on two webhook connections at
 * once: the later one can reach the spool first (the earlier call was still waiting for the store).
 * When MongoDB is back the chat must still be answered in Telegram's order. Spooled in the other
 * order and relayed one by one, the later update was listed alone in its chat's lane for a moment;
 * a worker that took the lane then (one retrying since the outage, every second) handled it before
 * the earlier one: in {@code CrashAndOutageTests} a chat's "/start" was answered before its
 * language choice, so it got the first reply twice and never the third.
 */
class SpoolReplayOrderTests {

    private static final String CHAT = "chat-7";

    /** The thread of the webhook call that gets stuck on its way to MongoDB. */
    private static final String WEBHOOK_CALL = "webhook-call";

    @TempDir Path data;

    private final Clock clock = Clock.systemUTC();
    private final List<Long> handled = new CopyOnWriteArrayList<>();
    private final Set<Thread> inWorker = ConcurrentHashMap.newKeySet();
    private volatile InboxWorkers worker;

    /** While set, an insert into the inbox waits here (a call stuck on its way to MongoDB). */
    private volatile CountDownLatch stuckInsert;

    private final CountDownLatch insertStuck = new CountDownLatch(1);
    private EmbeddedMongo mongo;
    private MongoClient client;
    private Inbox inbox;

    @AfterEach
    void stop() {
        if (inbox != null) {
            inbox.close();
        }
        if (client != null) {
            client.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    void aChatsUpdatesSpooledOutOfOrderAreHandledInTelegramsOrder() throws Exception {
        int port = freePort();
        client = client(port);
        InboxStore store = new InboxStore(client.getDatabase("migrasi"), clock);
        inbox = inbox(store, new InboxSpool(data.resolve("inbox")));

        // MongoDB is down: update 103 of the chat is accepted first, then its earlier update 102.
        assertThat(inbox.accept(103, CHAT, bytes("/start"))).isEqualTo(Inbox.Accepted.SPOOLED);
        assertThat(inbox.accept(102, CHAT, bytes("lang:en"))).isEqualTo(Inbox.Accepted.SPOOLED);

        mongo = EmbeddedMongo.onFile(data.resolve("mongo"), port);
        InboxWorkers workers = workers(store);
        // The relay, with the chat's worker taking the lane at the worst moments: right after
        // each of the relay's writes to the lanes.
        worker = workers;
        inbox.relaySpool();
        worker = null;
        workers.run(CHAT);

        assertThat(handled).as("handled, in order").containsExactly(102L, 103L);
    }

    /**
     * A webhook call found the spool empty and went to MongoDB, where it waited (MongoDB was going
     * away); meanwhile another call spooled its update, so the chat's next update went into the
     * spool behind it. The relay must not list that next update before the waiting call has stored
     * (or spooled) the earlier one.
     */
    @Test
    void theRelayWaitsForACallStillOnItsWayToMongoDb() throws Exception {
        int port = freePort();
        mongo = EmbeddedMongo.onFile(data.resolve("mongo"), port);
        client = client(port);
        InboxStore store = new InboxStore(client.getDatabase("migrasi"), clock);
        InboxSpool spool = new InboxSpool(data.resolve("inbox"));
        inbox = inbox(store, spool);
        InboxWorkers workers = workers(store);
        ExecutorService telegram =
                Executors.newSingleThreadExecutor(r -> new Thread(r, WEBHOOK_CALL));
        try {
            CountDownLatch gate = new CountDownLatch(1);
            stuckInsert = gate;
            Future<Inbox.Accepted> earlier =
                    telegram.submit(() -> inbox.accept(102, CHAT, bytes("lang:en")));
            assertThat(insertStuck.await(10, TimeUnit.SECONDS)).isTrue();
            // Another chat's call failed at once and spooled; this chat's next update follows it.
            spool.append(new InboxSpool.Spooled(101, "chat-8", clock.instant(), bytes("/start")));
            assertThat(inbox.accept(103, CHAT, bytes("/start"))).isEqualTo(Inbox.Accepted.SPOOLED);

            inbox.relaySpool();
            workers.run(CHAT);
            stuckInsert = null;
            gate.countDown();
            assertThat(earlier.get(10, TimeUnit.SECONDS)).isEqualTo(Inbox.Accepted.NEW);
            workers.run(CHAT);
            inbox.relaySpool();
            workers.run(CHAT);
        } finally {
            stuckInsert = null;
            telegram.shutdownNow();
        }

        assertThat(handled).as("handled, in order").containsExactly(102L, 103L);
        assertThat(spool.hasPending()).as("spool emptied").isFalse();
    }

    /** The inbox as the application builds it for an external MongoDB (no journal). */
    private Inbox inbox(InboxStore store, InboxSpool spool) {
        return new Inbox(
                store,
                spool,
                null,
                () -> {},
                this::record,
                settings(),
                "test",
                "test/1",
                clock,
                new UrgentLanes(clock),
                new AcceptFirst(1),
                new SimpleMeterRegistry());
    }

    /**
     * A worker of this instance (the owner of the inbox's own), run by the test at chosen moments.
     */
    private InboxWorkers workers(InboxStore store) {
        return new InboxWorkers(
                store,
                this::record,
                settings(),
                "test/1",
                clock,
                new AcceptFirst(1),
                new SimpleMeterRegistry());
    }

    private void record(InboxStore.Entry entry) {
        handled.add(entry.updateId());
    }

    /** A client that reports every write to the inbox's lanes, on the writing thread. */
    private MongoClient client(int port) {
        CommandListener afterLaneWrites =
                new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        CountDownLatch gate = stuckInsert;
                        if (gate != null
                                && WEBHOOK_CALL.equals(Thread.currentThread().getName())
                                && "insert".equals(event.getCommandName())
                                && "telegram_inbox"
                                        .equals(
                                                event.getCommand()
                                                        .getString("insert")
                                                        .getValue())) {
                            insertStuck.countDown();
                            try {
                                gate.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }

                    @Override
                    public void commandSucceeded(CommandSucceededEvent event) {
                        InboxWorkers now = worker;
                        if (now == null
                                || !"update".equals(event.getCommandName())
                                || !inWorker.add(Thread.currentThread())) {
                            return;
                        }
                        try {
                            now.run(CHAT);
                        } finally {
                            inWorker.remove(Thread.currentThread());
                        }
                    }
                };
        return MongoClients.create(
                MongoClientSettings.builder()
                        .applyConnectionString(
                                new ConnectionString("mongodb://127.0.0.1:" + port + "/"))
                        .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                        .applyToSocketSettings(s -> s.connectTimeout(2, TimeUnit.SECONDS))
                        .addCommandListener(afterLaneWrites)
                        .build());
    }

    private static TransportSettings settings() {
        return new TransportSettings(
                "test",
                2,
                Duration.ofSeconds(30),
                5,
                Duration.ofSeconds(1),
                2,
                3,
                Duration.ofSeconds(1),
                20,
                30,
                Duration.ofMinutes(5),
                1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
