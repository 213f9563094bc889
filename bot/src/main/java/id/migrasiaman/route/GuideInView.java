package id.migrasiaman.route;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whose guide is on screen: when each conversation last used the guide's buttons, and whether the
 * last press was "🤔 Saya ragu", which invites a typed question. Kept in memory only: after a
 * restart a question is routed as usual, which is what happened before this existed.
 */
final class GuideInView {

    /** How long after the last press a typed question still belongs to the guide. */
    static final Duration IN_VIEW = Duration.ofMinutes(30);

    /**
     * The guide's last use by one conversation.
     *
     * @param at when a button of the guide was last pressed (or /jalur typed)
     * @param invited whether that press asked for a typed question ("🤔 Saya ragu")
     */
    record Seen(Instant at, boolean invited) {}

    private final Cache<String, Seen> seen =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(IN_VIEW).build();

    void shown(String conversationId, Instant now, boolean invited) {
        seen.put(conversationId, new Seen(now, invited));
    }

    void left(String conversationId) {
        seen.invalidate(conversationId);
    }

    /** The guide's last use, if it is still on screen at {@code now}. */
    Optional<Seen> at(String conversationId, Instant now) {
        return Optional.ofNullable(seen.getIfPresent(conversationId))
                .filter(s -> !s.at().plus(IN_VIEW).isBefore(now));
    }
}
