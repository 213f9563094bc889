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
    private final Cache<String, Deque<Instant>> recent;
    private final Cache<String, Boolean> warned;

    public FloodControl(int burst, Duration window, Clock clock) {
        this.burst = burst;
        this.window = window;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
        this.warned = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window).build();
    }

    /** Counts one message of {@code conversation} and says whether to handle it. */
    public Verdict check(String conversation) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.get(conversation, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            times.addLast(now);
            if (times.size() <= burst) {
                return Verdict.ALLOW;
            }
        }
        return warned.asMap().putIfAbsent(conversation, Boolean.TRUE) == null
                ? Verdict.SLOW_DOWN
                : Verdict.DROP;
    }
}
