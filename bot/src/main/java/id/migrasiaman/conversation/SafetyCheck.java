package id.migrasiaman.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Looks at every message before commands, buttons, interceptors and flows: a message about danger
 * is answered with the hotlines first wherever the conversation is.
 */
public interface SafetyCheck {

    /**
     * The replies when safety comes first, otherwise empty and routing goes on. {@code routing}
     * answers a text by its intent, as if no flow were active (to answer a question asked during an
     * emergency without leaving it).
     */
    Optional<List<Reply>> screen(Turn turn, Routing routing);

    /** Answers a text by its intent, or the whole turn as if the safety check had passed it. */
    @FunctionalInterface
    interface Routing {
        List<Reply> byIntent(Turn turn, String text);

        /**
         * Handles the turn the usual way (interceptors, the active flow, the intent), so that a
         * flow keeps what was typed before the safety check adds its own question.
         */
        default List<Reply> asUsual(Turn turn) {
            return List.of();
        }

        /**
         * What the active flow waits for, asked again (after a question typed inside it was
         * answered), the flow unchanged; empty when no flow is active.
         */
        default List<Reply> flowQuestion(Turn turn) {
            return List.of();
        }

        /** Whether the active flow answers this text as the person's own worry ({@link Flow}). */
        default boolean flowAnswersWorry(Turn turn) {
            return false;
        }
    }
}
