package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Turn;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Conversations that told of someone under 18 not long ago ("aku umur 16 kak, kelas 1 SMA"), so
 * that a later alarm that names no age is still marked as involving a child for staff (trial 18,
 * D7). Kept in the {@link ConversationMemory} for {@link #KEPT} after the last such message.
 */
@Component
class ChildTold {

    /** How long a child told of still marks a later alarm. */
    static final Duration KEPT = Duration.ofHours(2);

    static final ConversationMemory.Fact<Boolean> TOLD =
            new ConversationMemory.Fact<>("emergency.child-told", Boolean.class, KEPT);

    private final ConversationMemory memory;

    ChildTold(ConversationMemory memory) {
        this.memory = memory;
    }

    /** Notes that the conversation of {@code turn} told of a child. */
    void heard(Turn turn) {
        memory.put(turn.state().id(), TOLD, Boolean.TRUE);
    }

    /** Whether the conversation of {@code turn} told of a child not long ago. */
    boolean minor(Turn turn) {
        return memory.has(turn.state().id(), TOLD);
    }
}
