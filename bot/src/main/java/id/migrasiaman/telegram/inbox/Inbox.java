package id.migrasiaman.telegram.inbox;

import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accept, then handle: {@link #accept} stores an update (in MongoDB, or in the spool while MongoDB
 * is away) and returns; workers handle it later, each chat in order. A sweep picks up what nobody
 * is working on (a crashed instance's chats once their lease expires, a retry that is due, spooled
 * updates once MongoDB is back).
 */
public final class Inbox implements AutoCloseable {

    /** What became of an accepted update. */
    public enum Accepted {
        NEW,
        DUPLICATE,
        SPOOLED,
        /** In the journal; durable after {@link #awaitAccepted()}, in MongoDB soon after. */
        JOURNALLED
    }

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final Duration KEEP_DONE = Duration.ofDays(3);

    /** The longest the spool's relay waits for calls still on their way to MongoDB. */
    static final Duration MAX_RELAY_DEFERRAL = Duration.ofSeconds(30);

    private final InboxStore store;
    private final InboxSpool spool;
    private final TransportSettings settings;
    private final String instance;
    private final String owner;
    private final Clock clock;
    private final AcceptFirst acceptFirst;
    private final UrgentLanes urgent;
    private final InboxWorkers workers;
    private final LaneRunner runner;
    private final InboxJournal journal;
    private ScheduledExecutorService sweeper;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter spooled;

    /** Accept calls on their way to MongoDB, which may yet spool (see {@link #relaySpool()}). */
    private final AtomicInteger storeCalls = new AtomicInteger();

    /** Since when (nanoTime) the relay has waited for such calls; null when it is not waiting. */
    private Long relayDeferredSince;

    /**
     * {@code urgent}: the chats whose updates go first; {@code acceptFirst}: the burst duty cycle,
     * shared with the senders.
     */
    public Inbox(
            InboxStore store,
            InboxSpool spool,
            Path journalDirectory,
            Runnable storeFlush,
            InboxWorkers.Handler handler,
            TransportSettings settings,
            String instance,
            String owner,
            Clock clock,
            UrgentLanes urgent,
            AcceptFirst acceptFirst,
            MeterRegistry meters) {
        this.store = store;
        this.urgent = urgent;
        this.spool = spool;
        this.settings = settings;
        this.instance = instance;
        this.owner = owner;
        this.clock = clock;
        this.acceptFirst = acceptFirst;
        this.workers =
                new InboxWorkers(
                        store, handler, settings, owner, clock, acceptFirst, urgent, meters);
        this.runner =
                new LaneRunner(
                        "telegram-inbox", settings.workers(), workers, clock, urgent::urgent);
        this.accepted = meters.counter("migrasi.telegram.inbox", "outcome", "accepted");
        this.duplicates = meters.counter("migrasi.telegram.inbox", "outcome", "duplicate");
        this.spooled = meters.counter("migrasi.telegram.inbox", "outcome", "spooled");
        Gauge.builder("migrasi.telegram.inbox.lanes.active", runner, LaneRunner::active)
                .register(meters);
        this.journal =
                journalDirectory == null
                        ? null
                        : new InboxJournal(
                                journalDirectory,
                                new JournalRelay(storeFlush),
                                acceptFirst,
                                urgent);
        if (journal != null) {
            Gauge.builder(
                            "migrasi.telegram.inbox.journal.waiting",
                            journal,
                            j -> j.waitingForRelay())
                    .register(meters);
        }
    }

    /** Moves journalled updates into MongoDB, then sets their chats' workers going. */
    private final class JournalRelay implements InboxJournal.Relay {

        private final Runnable storeFlush;

        JournalRelay(Runnable storeFlush) {
            this.storeFlush = storeFlush;
        }

        @Override
        public void relay(List<InboxSpool.Spooled> batch) {
            store.acceptAll(batch);
            accepted.increment(batch.size());
            Set<String> lanes = new LinkedHashSet<>();
            batch.forEach(u -> lanes.add(u.lane()));
            lanes.forEach(runner::wake);
        }

        @Override
        public void flush() {
            storeFlush.run();
        }
    }

    /**
     * Whether accepted updates go through the journal (the embedded store on a file): then {@link
     * #awaitAccepted()} makes them durable and the relay wakes their chats.
     */
    public boolean journalled() {
        return journal != null;
    }

    /** Returns once every update accepted so far is durable in the journal. */
    public void awaitAccepted() {
        journal.awaitSynced();
    }

    /**
     * Stores {@code sealed} (update {@code updateId} of chat lane {@code lane}); durable once the
     * caller has flushed the store ({@link id.migrasiaman.store.Durability}), or at once when
     * spooled.
     */
    public Accepted accept(long updateId, String lane, byte[] sealed) {
        return accept(updateId, lane, sealed, false);
    }

    /**
     * Stores {@code sealed} as {@link #accept(long, String, byte[])} does; an update that may be
     * {@code urgent} (or one of a chat with an open emergency) puts its chat first ({@link
     * UrgentLanes}).
     */
    public Accepted accept(long updateId, String lane, byte[] sealed, boolean mayBeUrgent) {
        acceptFirst.accepted();
        if (mayBeUrgent || urgent.open(lane)) {
            urgent.mark(lane, updateId);
        }
        if (journal != null) {
            journal.append(new InboxSpool.Spooled(updateId, lane, clock.instant(), sealed));
            return Accepted.JOURNALLED;
        }
        if (!toStore()) {
            // Earlier updates wait in the spool: this one waits behind them, or a chat's later
            // message could be handled before its earlier one.
            spool.append(new InboxSpool.Spooled(updateId, lane, clock.instant(), sealed));
            spooled.increment();
            return Accepted.SPOOLED;
        }
        try {
            return store(updateId, lane, sealed);
        } finally {
            storeCalls.decrementAndGet();
        }
    }

    /**
     * Whether this call goes to MongoDB (nothing waits in the spool), counted in {@link
     * #storeCalls} until it is done: such a call may still spool its update after waiting seconds
     * for MongoDB. Counted before the spool is looked at, so the relay cannot miss it.
     */
    private boolean toStore() {
        storeCalls.incrementAndGet();
        if (spool.hasPending()) {
            storeCalls.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Stores the update in MongoDB, or in the spool if MongoDB cannot be reached. */
    private Accepted store(long updateId, String lane, byte[] sealed) {
        try {
            if (store.accept(updateId, lane, sealed, clock.instant())) {
                accepted.increment();
                return Accepted.NEW;
            }
            duplicates.increment();
            return Accepted.DUPLICATE;
        } catch (MongoException e) {
            if (!unavailable(e)) {
                throw e;
            }
            spool.append(new InboxSpool.Spooled(updateId, lane, clock.instant(), sealed));
            spooled.increment();
            log.warn(
                    "MongoDB unavailable ({}): update {} spooled",
                    e.getClass().getSimpleName(),
                    updateId);
            return Accepted.SPOOLED;
        }
    }

    /** Handles {@code lane}'s updates soon. */
    public void wake(String lane) {
        runner.wake(lane);
    }

    /** Starts the sweep; frees the lanes an earlier run of this instance held. */
    public synchronized void start() {
        if (sweeper != null) {
            return;
        }
        if (journal != null) {
            journal.start();
        }
        sweeper =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "telegram-inbox-sweep");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            long freed = store.lanes().releaseEarlierRuns(instance, owner);
            if (freed > 0) {
                log.info("Inbox: took back {} chat(s) from this instance's previous run", freed);
            }
        } catch (MongoException e) {
            log.warn("Inbox: could not free earlier leases ({})", e.getClass().getSimpleName());
        }
        long every = settings.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.MILLISECONDS);
        sweeper.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    /** When the last sweep of the lanes ran (nanoTime; see {@link AcceptFirst#sweepDue}). */
    private long lanesSweptAt = System.nanoTime() - AcceptFirst.BURST_SWEEP_EVERY;

    /**
     * Relays spooled updates, then wakes every lane nobody is working on (during a burst only every
     * few seconds).
     */
    void sweep() {
        try {
            relaySpool();
            long due = acceptFirst.sweepDue(lanesSweptAt);
            if (due == lanesSweptAt) {
                return;
            }
            lanesSweptAt = due;
            for (String lane : store.lanes().available(owner, 500)) {
                runner.wake(lane);
            }
        } catch (RuntimeException e) {
            log.debug("Inbox sweep failed ({})", e.getClass().getSimpleName());
        }
    }

    /**
     * Moves the spooled updates into MongoDB, once no webhook call or poll can still add to the
     * spool an update it took before (one that waited for MongoDB while the later updates of its
     * chat went into the spool). The updates go in update-id order, and each chat's are listed in
     * its lane in one write ({@link InboxStore#acceptAll}): calls of one chat made at the same time
     * reach the spool in any order, and relayed one by one in the spool's order, a chat's later
     * update was listed alone long enough for its worker to handle it before the earlier one (a
     * chat then got its first reply twice and never its third, in {@code CrashAndOutageTests}).
     */
    void relaySpool() {
        if (!spool.hasPending()) {
            relayDeferredSince = null;
            return;
        }
        if (storeCalls.get() > 0 && !deferredTooLong()) {
            return;
        }
        relayDeferredSince = null;
        List<InboxSpool.Spooled> waiting = spool.pending();
        if (waiting.isEmpty()) {
            return;
        }
        store.acceptAll(waiting);
        spool.relayed(waiting);
        log.info("Inbox: {} spooled update(s) moved into MongoDB", waiting.size());
    }

    /**
     * Whether the relay has waited for calls to MongoDB for {@link #MAX_RELAY_DEFERRAL}: a call
     * whose connection hangs must not hold the spool for ever (it breaks order only if it spools).
     */
    private boolean deferredTooLong() {
        long now = System.nanoTime();
        if (relayDeferredSince == null) {
            relayDeferredSince = now;
        }
        return now - relayDeferredSince > MAX_RELAY_DEFERRAL.toNanos();
    }

    private void purge() {
        try {
            long removed = store.purge(clock.instant().minus(KEEP_DONE));
            if (removed > 0) {
                log.info("Inbox: forgot {} handled update id(s)", removed);
            }
        } catch (RuntimeException e) {
            log.warn("Inbox purge failed ({})", e.getClass().getSimpleName());
        }
    }

    /** Whether MongoDB could not be reached (worth the spool) rather than refusing the write. */
    static boolean unavailable(MongoException e) {
        return e instanceof MongoSocketException
                || e instanceof MongoTimeoutException
                || e instanceof MongoNotPrimaryException
                || e instanceof MongoNodeIsRecoveringException
                || e.getCause() instanceof MongoSocketException;
    }

    /** Lanes being worked on here now. */
    public int activeLanes() {
        return runner.active();
    }

    /** Stops the sweep (workers already woken finish their chats). */
    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
    }

    @Override
    public void close() {
        stop();
        if (journal != null) {
            journal.close();
        }
        runner.stop(Duration.ofSeconds(10));
    }
}
