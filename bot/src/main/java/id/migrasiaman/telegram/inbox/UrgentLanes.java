package id.migrasiaman.telegram.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chats whose updates go first: a chat with an update that may be urgent (marked at intake)
 * until that update is handled, and a chat with an open emergency for as long as it is open. Their
 * updates are relayed into MongoDB at once, their lanes are taken before any other, and the burst
 * duty cycle ({@link AcceptFirst}) does not delay them. Their chat's earlier updates still come
 * first. Held in memory by the instance that accepted the update; a mark that outlives {@link
 * #FORGET} (its update was handled elsewhere) is dropped.
 */
public final class UrgentLanes {

    static final Duration FORGET = Duration.ofMinutes(10);

    private record Mark(long updateId, Instant at) {}

    private final ConcurrentHashMap<String, Mark> waiting = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Instant> open = new ConcurrentHashMap<>();
    private final Clock clock;

    public UrgentLanes(Clock clock) {
        this.clock = clock;
    }

    /** Update {@code updateId} of {@code lane} may be urgent. */
    void mark(String lane, long updateId) {
        Instant now = clock.instant();
        waiting.merge(
                lane,
                new Mark(updateId, now),
                (a, b) -> new Mark(Math.max(a.updateId(), b.updateId()), now));
    }

    /** {@code lane} has an open emergency: all its updates are urgent for {@code time}. */
    public void keepOpen(String lane, Duration time) {
        open.put(lane, clock.instant().plus(time));
    }

    /** {@code lane}'s emergency is over. */
    public void close(String lane) {
        open.remove(lane);
    }

    /** Whether {@code lane}'s updates go first now. */
    public boolean urgent(String lane) {
        if (waiting.isEmpty() && open.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Mark mark = waiting.get(lane);
        if (mark != null) {
            if (mark.at().plus(FORGET).isAfter(now)) {
                return true;
            }
            waiting.remove(lane, mark);
        }
        return open(lane, now);
    }

    /** Whether {@code lane} has an open emergency. */
    boolean open(String lane) {
        return !open.isEmpty() && open(lane, clock.instant());
    }

    private boolean open(String lane, Instant now) {
        Instant until = open.get(lane);
        if (until == null) {
            return false;
        }
        if (until.isAfter(now)) {
            return true;
        }
        open.remove(lane, until);
        return false;
    }

    /** Update {@code updateId} of {@code lane} was handled (or set aside). */
    void handled(String lane, long updateId) {
        if (!waiting.isEmpty()) {
            waiting.computeIfPresent(lane, (k, m) -> updateId >= m.updateId() ? null : m);
        }
    }

    /** Whether any chat is urgent now (cheap). */
    boolean any() {
        return !waiting.isEmpty() || !open.isEmpty();
    }
}
