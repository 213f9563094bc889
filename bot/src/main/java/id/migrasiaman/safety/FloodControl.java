package id.migrasiaman.safety;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Per-conversation flood control: more than {@code burst} messages within {@code window} is a
 * flood. The first message over the limit gets a polite "slow down", later ones are dropped until
 * the window clears. The caller never asks about a message that carries danger: an emergency is
 * never refused. Kept in memory (a restart forgives everyone), bounded by Caffeine.
 */
public final class FloodControl {

    /** What to do with one message. */
    public enum Verdict {
        ALLOW,
        SLOW_DOWN,
        DROP
    }

    private final int burst;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Recent> recent;

    public FloodControl(int burst, Duration window, Clock clock) {
        this.burst = burst;
        this.window = window;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
    }

    /** Counts one message of {@code conversation} and says whether to handle it. */
    public Verdict check(String conversation) {
        Instant now = clock.instant();
        Recent r = recent.get(conversation, k -> new Recent());
        synchronized (r) {
            while (!r.times.isEmpty() && r.times.peekFirst().isBefore(now.minus(window))) {
                r.times.pollFirst();
            }
            r.times.addLast(now);
            if (r.times.size() <= burst) {
                r.warned = false;
                return Verdict.ALLOW;
            }
            if (r.warned) {
                return Verdict.DROP;
            }
            r.warned = true;
            return Verdict.SLOW_DOWN;
        }
    }

    /** One conversation's recent messages and whether it was asked to slow down. */
    private static final class Recent {
        private final Deque<Instant> times = new ArrayDeque<>();
        private boolean warned;
    }
}
