package id.migrasiaman.telegram.outbound;

import java.time.Clock;
import java.time.Instant;

/**
 * The overall pace of one instance (Telegram: about 30 messages a second for a bot). It never
 * sleeps and never holds a lock while anyone waits: {@link #take} either takes a slot or says when
 * the next one is free, and the caller's chat comes back then.
 */
public final class GlobalRate {

    private final long intervalNanos;
    private final Clock clock;
    private Instant next;

    public GlobalRate(int perSecond, Clock clock) {
        this.intervalNanos = 1_000_000_000L / perSecond;
        this.clock = clock;
        this.next = clock.instant();
    }

    /** Takes a slot and returns null, or returns when to ask again. */
    public synchronized Instant take() {
        Instant now = clock.instant();
        if (next.isAfter(now)) {
            return next;
        }
        // A short idle period may be caught up with a small burst, never more than a second's
        // worth.
        Instant floor = now.minusSeconds(1);
        next = (next.isBefore(floor) ? floor : next).plusNanos(intervalNanos);
        return null;
    }
}
