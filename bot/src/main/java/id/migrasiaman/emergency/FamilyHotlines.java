package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.FamilyState;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * A family looking for a relative abroad answers one question after another, and what they tell
 * often carries danger words ("majikan marah, HP mau diambil"). The full hotline list interrupts
 * the family flow once; within the hour after that, later interruptions of the same family flow get
 * only the numbers for the relative's country (and "/darurat" for all). Remembered per instance,
 * like {@link WeakInFlow}: another instance may show the full list once more.
 */
@Component
class FamilyHotlines {

    private static final Duration WITHIN = Duration.ofHours(1);

    private static final ConversationMemory.Fact<Boolean> SHOWN =
            new ConversationMemory.Fact<>("emergency.family-hotlines-shown", Boolean.class, WITHIN);

    private final ConversationMemory memory;

    FamilyHotlines(ConversationMemory memory) {
        this.memory = memory;
    }

    /**
     * Whether the family flow this turn interrupts has had the full list already; marks it shown
     * when it has not, since the caller shows it now. False outside the family flow.
     */
    boolean shownBefore(Turn turn) {
        if (turn.state().active(FamilyState.class).isEmpty()) {
            return false;
        }
        String key = turn.message().conversationId();
        boolean before = memory.has(key, SHOWN);
        memory.put(key, SHOWN, Boolean.TRUE);
        return before;
    }
}
