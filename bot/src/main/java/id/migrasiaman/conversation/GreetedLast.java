package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Whether the bot's answer to a conversation's previous text was a hello, so that it never says
 * hello twice in a row (trial 18, D27; trial 19). In the {@link ConversationMemory} only, for
 * {@link #KEPT}; after a restart a conversation may be greeted once more.
 */
@Component
class GreetedLast implements TextHeard {

    /** How long a hello counts as the last answer. */
    static final Duration KEPT = Duration.ofHours(1);

    /** This turn's answer is a hello. */
    private static final ConversationMemory.Fact<Boolean> NOW =
            new ConversationMemory.Fact<>("conversation.greeted-now", Boolean.class, KEPT);

    /** The answer to the previous text was a hello. */
    private static final ConversationMemory.Fact<Boolean> BEFORE =
            new ConversationMemory.Fact<>("conversation.greeted-before", Boolean.class, KEPT);

    private final ConversationMemory memory;

    GreetedLast(ConversationMemory memory) {
        this.memory = memory;
    }

    @Override
    public void heard(Turn turn, Analysis analysis) {
        String id = turn.state().id();
        if (memory.has(id, NOW)) {
            memory.put(id, BEFORE, Boolean.TRUE);
            memory.forget(id, NOW);
        } else {
            memory.forget(id, BEFORE);
        }
    }

    /** Notes that this turn's answer is a hello. */
    void greeted(Turn turn) {
        memory.put(turn.state().id(), NOW, Boolean.TRUE);
    }

    /** Whether the answer to the previous text of this conversation was a hello. */
    boolean justGreeted(Turn turn) {
        return memory.has(turn.state().id(), BEFORE);
    }
}
