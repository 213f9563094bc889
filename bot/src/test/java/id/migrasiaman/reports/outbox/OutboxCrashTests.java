package id.migrasiaman.reports.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.reports.Drafts;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReportSubmitted;
import id.migrasiaman.reports.ReportsFixture;
import id.migrasiaman.reports.SubmitResult;
import id.migrasiaman.store.EmbeddedMongo;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MongoDB (the embedded server on its file) stops in the middle of a stream of submits and comes
 * back on the same file and port. Every report that got a code — stored, or queued in the outbox —
 * must end up in MongoDB exactly once, with the driver reconnecting by itself.
 */
class OutboxCrashTests {

    private static final int REPORTS = 80;
    private static final int PAUSE_AT = 25;
    private static final int QUEUED_WHILE_DOWN = 5;

    @TempDir Path mongoDir;
    @TempDir Path botDir;

    private final AtomicReference<EmbeddedMongo> server = new AtomicReference<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final List<SubmitResult> results = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean restarted = new AtomicBoolean();

    @Test
    void everyCodeGivenOutIsInMongoExactlyOnce() throws Exception {
        int port = freePort();
        server.set(EmbeddedMongo.onFile(mongoDir, port));
        try (MongoClient client = MongoClients.create(settings(port))) {
            MongoDatabase database = client.getDatabase("migrasi");
            ReportsFixture reports =
                    new ReportsFixture(database, botDir, this::flush, Clock.systemUTC());
            AtomicBoolean relaying = new AtomicBoolean(true);
            Thread submitter = new Thread(() -> submitAll(reports.queue), "submitter");
            Thread relay =
                    new Thread(() -> relayWhile(relaying, reports.relay, reports.outbox), "relay");
            submitter.start();
            relay.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> results.size() >= PAUSE_AT);
            server.getAndSet(null).close();
            stopped.set(true);
            int storedBeforeStop = countOf(SubmitResult.Outcome.STORED);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> countOf(SubmitResult.Outcome.QUEUED_LOCALLY) >= QUEUED_WHILE_DOWN);
            server.set(EmbeddedMongo.onFile(mongoDir, port));
            restarted.set(true);
            submitter.join(120_000);
            relaying.set(false);
            relay.join(30_000);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> reports.relay.relay() >= 0 && reports.outbox.pending().isEmpty());

            assertThat(failures).isEmpty();
            assertThat(codes).hasSize(REPORTS);
            assertThat(countOf(SubmitResult.Outcome.QUEUED_LOCALLY)).isGreaterThanOrEqualTo(5);
            assertThat(countOf(SubmitResult.Outcome.STORED)).isGreaterThan(storedBeforeStop);
            codes.forEach(
                    (sourceKey, code) -> {
                        assertThat(reports.count("code", code)).as(code).isEqualTo(1);
                        assertThat(reports.count("sourceKey", sourceKey))
                                .as(sourceKey)
                                .isEqualTo(1);
                    });
            assertThat(database.getCollection("reports").countDocuments()).isEqualTo(REPORTS);
            assertThat(reports.events)
                    .extracting(ReportSubmitted::code)
                    .containsAll(codes.values());
            assertThat(reports.outbox.fileExists()).isFalse();
        } finally {
            EmbeddedMongo running = server.getAndSet(null);
            if (running != null) {
                running.close();
            }
        }
    }

    /** Submits every report, and every fifth one twice: the second must return the same code. */
    private void submitAll(ReportQueue queue) {
        try {
            for (int i = 0; i < REPORTS; i++) {
                if (i == PAUSE_AT) {
                    // Hold on until the test has stopped MongoDB, then keep submitting into the
                    // outbox until it has started it again: no timing, just the phases.
                    await().atMost(Duration.ofSeconds(60)).until(stopped::get);
                }
                if (i == PAUSE_AT + QUEUED_WHILE_DOWN) {
                    await().atMost(Duration.ofSeconds(120)).until(restarted::get);
                }
                String key = "crash:" + i;
                SubmitResult result = queue.submit(Drafts.full(key));
                results.add(result);
                String earlier = codes.putIfAbsent(key, result.code());
                assertThat(earlier).isNull();
                if (i % 5 == 0) {
                    assertThat(queue.submit(Drafts.full(key)).code()).isEqualTo(result.code());
                }
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    private void relayWhile(AtomicBoolean running, OutboxRelay relay, Outbox outbox) {
        try {
            while (running.get()) {
                relay.relay();
                await().pollDelay(Duration.ofMillis(100))
                        .atMost(Duration.ofSeconds(150))
                        .until(() -> !running.get() || !outbox.pending().isEmpty());
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    /** The embedded server's flush; while it is stopped there is nothing to flush. */
    private void flush() {
        EmbeddedMongo running = server.get();
        if (running != null) {
            try {
                running.commit();
            } catch (RuntimeException stoppedMeanwhile) {
                // close() committed everything acknowledged before it stopped the server.
            }
        }
    }

    private int countOf(SubmitResult.Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static MongoClientSettings settings(int port) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(700, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        s ->
                                s.connectTimeout(500, TimeUnit.MILLISECONDS)
                                        .readTimeout(5, TimeUnit.SECONDS))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
