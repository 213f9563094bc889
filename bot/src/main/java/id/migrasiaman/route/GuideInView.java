package id.migrasiaman.route;

import id.migrasiaman.conversation.ConversationMemory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whose guide is on screen: when each conversation last used the guide's buttons, and whether the
 * last press was "🤔 Saya ragu", which invites a typed question. Kept in the {@link
 * ConversationMemory} only: after a restart a question is routed as usual, which is what happened
 * before this existed.
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

    private static final ConversationMemory.Fact<Seen> SEEN =
            new ConversationMemory.Fact<>("route.guide-in-view", Seen.class, IN_VIEW);

    private final ConversationMemory memory;

    GuideInView(ConversationMemory memory) {
        this.memory = memory;
    }

    void shown(String conversationId, Instant now, boolean invited) {
        memory.put(conversationId, SEEN, new Seen(now, invited));
    }

    void left(String conversationId) {
        memory.forget(conversationId, SEEN);
    }

    /** The guide's last use, if it is still on screen at {@code now}. */
    Optional<Seen> at(String conversationId, Instant now) {
        return memory.get(conversationId, SEEN).filter(s -> !s.at().plus(IN_VIEW).isBefore(now));
    }
}
