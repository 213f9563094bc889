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

    /** Answers a text by its intent. */
    @FunctionalInterface
    interface Routing {
        List<Reply> byIntent(Turn turn, String text);
    }
}
