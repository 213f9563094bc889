package id.migrasiaman.telegram.inbox;

import id.migrasiaman.store.LeasedLanes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles the inbox: a worker takes a chat's lane (a lease in MongoDB, so one instance at a time),
 * handles its updates in update-id order and marks each done only after it was handled. An update
 * that fails is tried again later with backoff, holding back the later updates of its chat only;
 * after {@code maxAttempts} it is set aside with the reason. A lane whose worker died is taken over
 * when its lease expires.
 */
public final class InboxWorkers implements LaneRunner.Work {

    /** What handles one update. */
    public interface Handler {

        /**
         * Handles the update; returns normally once its effects are durable.
         *
         * @throws Unreadable if it can never be handled (it is set aside at once)
         * @throws Exception for a failure worth another attempt
         */
        void handle(InboxStore.Entry entry) throws Exception;

        /** The lane was last worked on elsewhere: drop what is cached about it. */
        default void laneMoved(String lane) {}
    }

    /** An update that cannot be read (sealed with another key, not an update). */
    public static final class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

    /** How long an id may sit in a lane without its update before it is dropped. */
    static final Duration MISSING_GRACE = Duration.ofSeconds(5);

    private final InboxStore store;
    private final LeasedLanes lanes;
    private final Handler handler;
    private final TransportSettings settings;
    private final String owner;
    private final Clock clock;
    private final Map<Long, Instant> missingSince = new ConcurrentHashMap<>();

    private final AcceptFirst acceptFirst;
    private final UrgentLanes urgent;
    private final Counter handled;
    private final Counter retried;
    private final Counter setAside;

    public InboxWorkers(
            InboxStore store,
            Handler handler,
            TransportSettings settings,
            String owner,
            Clock clock,
            AcceptFirst acceptFirst,
            MeterRegistry meters) {
        this(store, handler, settings, owner, clock, acceptFirst, new UrgentLanes(clock), meters);
    }

    /** With {@code urgent} chats handled outside the burst duty cycle. */
    public InboxWorkers(
            InboxStore store,
            Handler handler,
            TransportSettings settings,
            String owner,
            Clock clock,
            AcceptFirst acceptFirst,
            UrgentLanes urgent,
            MeterRegistry meters) {
        this.store = store;
        this.acceptFirst = acceptFirst;
        this.urgent = urgent;
        this.lanes = store.lanes();
        this.handler = handler;
        this.settings = settings;
        this.owner = owner;
        this.clock = clock;
        this.handled = meters.counter("migrasi.telegram.inbox", "outcome", "handled");
        this.retried = meters.counter("migrasi.telegram.inbox", "outcome", "retried");
        this.setAside = meters.counter("migrasi.telegram.inbox", "outcome", "set_aside");
    }

    /** Updates read from the store in one round trip (a flooding chat's lane may hold hundreds). */
    static final int BATCH = 32;

    @Override
    public Instant run(String lane) {
        Optional<LeasedLanes.Lease> lease = lanes.take(lane, owner, settings.lease());
        if (lease.isEmpty()) {
            return null;
        }
        if (!lease.get().previousOwner().equals(owner)) {
            handler.laneMoved(lane);
        }
        Pass pass = new Pass(lane, lease.get().ids(), lease.get().version());
        try {
            Instant again = pass.drain();
            if (!pass.released) {
                lanes.release(lane, owner, pass.finished);
            }
            return again;
        } catch (RuntimeException e) {
            lanes.release(lane, owner, pass.finished);
            throw e;
        }
    }

    /**
     * One lease of a lane: its updates are read a batch at a time ({@link InboxStore#findAll}),
     * each marked done in the inbox as soon as it is handled (before the next turn's flush, which
     * makes the mark durable with it: a crash never leaves two turns of one chat undone), and the
     * finished ids leave the lane together, which also gives the lane up when nothing else waits.
     */
    private final class Pass {

        private final String lane;
        private List<Object> waiting;
        private final List<Long> finished = new ArrayList<>();
        private boolean released;
        private Instant renewed = clock.instant();

        /**
         * The lane's version while nothing but the taking wrote it; null once it was read again.
         */
        private Long version;

        Pass(String lane, List<Object> waiting, Long version) {
            this.lane = lane;
            this.waiting = waiting;
            this.version = version;
        }

        /** Handles the lane's updates in order; returns when to come back, or null when empty. */
        Instant drain() {
            while (true) {
                List<Long> ids =
                        waiting.stream()
                                .map(id -> ((Number) id).longValue())
                                .sorted(Comparator.naturalOrder())
                                .limit(BATCH)
                                .toList();
                Instant wait = ids.isEmpty() ? null : handleInOrder(ids);
                if (wait != null) {
                    return wait;
                }
                if (version != null
                        && finished.size() == waiting.size()
                        && lanes.endIfUnchanged(lane, version)) {
                    // Everything listed when it was taken is done, and nothing came meanwhile.
                    released = true;
                    return null;
                }
                version = null;
                waiting = lanes.finish(lane, owner, finished);
                finished.clear();
                if (waiting.isEmpty()) {
                    released = true;
                    return null;
                }
            }
        }

        /** Handles {@code ids} in order; returns when to come back if one must wait, else null. */
        private Instant handleInOrder(List<Long> ids) {
            Map<Long, InboxStore.Entry> entries = store.findAll(ids);
            for (long id : ids) {
                if (Duration.between(renewed, clock.instant())
                                .compareTo(settings.lease().dividedBy(3))
                        > 0) {
                    lanes.renew(lane, owner, settings.lease());
                    renewed = clock.instant();
                    version = null;
                }
                InboxStore.Entry e = entries.get(id);
                if (e == null) {
                    Instant wait = missing(id);
                    if (wait != null) {
                        return wait;
                    }
                    finished.add(id);
                    continue;
                }
                missingSince.remove(id);
                if (e.status() != InboxStore.Status.PENDING) {
                    finished.add(id);
                    urgent.handled(lane, id);
                    continue;
                }
                if (e.notBefore().isAfter(clock.instant())) {
                    return e.notBefore();
                }
                Instant retryAt = attempt(e);
                if (retryAt != null) {
                    return retryAt;
                }
                finished.add(id);
            }
            return null;
        }
    }

    /**
     * Handles the update, on the duty cycle while updates arrive in a burst ({@link AcceptFirst}),
     * unless its chat is urgent ({@link UrgentLanes}: those are few, and go first).
     */
    private void handle(InboxStore.Entry e) throws Exception {
        acceptFirst.run(() -> handler.handle(e), () -> urgent.urgent(e.lane()));
    }

    /** Handles one update; returns when to try it again after a failure, or null. */
    private Instant attempt(InboxStore.Entry e) {
        try {
            handle(e);
            store.done(e.updateId());
            urgent.handled(e.lane(), e.updateId());
            handled.increment();
            return null;
        } catch (Unreadable u) {
            setAside(e, "unreadable: " + u.getMessage());
            return null;
        } catch (Exception failure) {
            String reason = failure.getClass().getSimpleName();
            Instant retryAt = clock.instant().plus(backoff(e.attempts() + 1));
            int attempts = store.failed(e.updateId(), reason, retryAt);
            if (attempts >= settings.maxAttempts()) {
                setAside(e, reason + " after " + attempts + " attempts");
                return null;
            }
            retried.increment();
            log.warn(
                    "Update {} failed ({}), attempt {} of {}; retrying",
                    e.updateId(),
                    reason,
                    attempts,
                    settings.maxAttempts());
            return retryAt;
        }
    }

    private void setAside(InboxStore.Entry e, String reason) {
        store.setAside(e.updateId(), reason);
        urgent.handled(e.lane(), e.updateId());
        setAside.increment();
        log.error("Update {} set aside: {}", e.updateId(), reason);
    }

    /** An id without its update: the insert may still be on its way; dropped after a grace. */
    private Instant missing(long id) {
        Instant since = missingSince.computeIfAbsent(id, k -> clock.instant());
        Instant deadline = since.plus(MISSING_GRACE);
        if (clock.instant().isBefore(deadline)) {
            return deadline;
        }
        missingSince.remove(id);
        return null;
    }

    /** 1 s, 2 s, 4 s … with ±50 % jitter, at most 60 s. */
    static Duration backoff(int attempt) {
        long base = Math.min(60_000, 1_000L << Math.min(attempt - 1, 16));
        long jittered = base / 2 + (long) (Math.random() * base);
        return Duration.ofMillis(Math.min(60_000, jittered));
    }
}
