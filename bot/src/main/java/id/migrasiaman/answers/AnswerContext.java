package id.migrasiaman.answers;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.Recall;
import java.time.Instant;
import java.util.Optional;

/**
 * What the conversation was last about (a topic answered, or an offer checked), kept for {@link
 * Recall#FRESH} in the state's {@link Recall} so that a follow-up ("berapa biayanya?") can refer to
 * it.
 */
final class AnswerContext {

    private AnswerContext() {}

    /**
     * Remembers that {@code topicId} was just answered, unless a flow is active (it is about
     * something else then).
     */
    static void rememberTopic(Turn turn, String topicId, String question, Instant now) {
        if (turn.state().active() == null) {
            turn.update(turn.state().withRecall(Recall.topic(topicId, question, now)));
        }
    }

    /** The context in {@code state}, if it is recent enough at {@code now}. */
    static Optional<Recall> recall(ConversationState state, Instant now) {
        return Optional.ofNullable(state.recall()).filter(r -> r.freshAt(now));
    }
}
