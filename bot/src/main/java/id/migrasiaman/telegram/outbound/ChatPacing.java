package id.migrasiaman.telegram.outbound;

import java.time.Duration;
import java.time.Instant;

/**
 * Telegram's per-chat limits as a token bucket: a private chat may get {@code privateBurst}
 * messages back to back, then one per {@code privateInterval}; a group gets at most {@code
 * groupPerMinute} in any minute, at least a second apart: a burst of a quarter of them, the rest
 * spread over the minute (burst + refill per minute = the limit).
 */
public final class ChatPacing {

    private final int privateBurst;
    private final Duration privateInterval;
    private final int groupPerMinute;

    public ChatPacing(int privateBurst, Duration privateInterval, int groupPerMinute) {
        this.privateBurst = privateBurst;
        this.privateInterval = privateInterval;
        this.groupPerMinute = groupPerMinute;
    }

    /** When the next message may go to a chat in {@code state}. */
    Instant nextAllowed(ChatState state, boolean group, Instant now) {
        double tokens = tokens(state, group, now);
        Instant at = now;
        if (tokens < 1) {
            long missing = (long) Math.ceil((1 - tokens) * refill(group).toNanos());
            at = now.plusNanos(missing);
        }
        if (group) {
            Instant spaced = state.lastSentAt().plusSeconds(1);
            at = spaced.isAfter(at) ? spaced : at;
        }
        return at;
    }

    /** {@code state} after a message was sent at {@code now}. */
    ChatState afterSend(ChatState state, boolean group, Instant now) {
        return state.paced(Math.max(0, tokens(state, group, now) - 1), now);
    }

    private double tokens(ChatState state, boolean group, Instant now) {
        int capacity = group ? groupBurst() : privateBurst;
        if (state.tokens() < 0) {
            return capacity;
        }
        double elapsed = Duration.between(state.refilledAt(), now).toNanos();
        double refilled = state.tokens() + Math.max(0, elapsed) / refill(group).toNanos();
        return Math.min(capacity, refilled);
    }

    private Duration refill(boolean group) {
        return group
                ? Duration.ofMinutes(1).dividedBy(groupPerMinute - groupBurst())
                : privateInterval;
    }

    private int groupBurst() {
        return Math.max(1, groupPerMinute / 4);
    }
}
