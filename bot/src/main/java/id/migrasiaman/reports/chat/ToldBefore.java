package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.TextHeard;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * What a conversation told before a report starts that the report should know: a child under 18
 * ("sy umur 17 thn" in a first message, then {@code /lapor} after other questions: trial 17, D5).
 * Typed facts only, in the {@link ConversationMemory} for {@link #KEPT} after the last one, never
 * logged; after a restart a report starts as before this existed.
 */
@Component
class ToldBefore implements TextHeard {

    /** How long what was told still counts for a report started later. */
    static final Duration KEPT = Duration.ofHours(2);

    static final ConversationMemory.Fact<Boolean> MINOR =
            new ConversationMemory.Fact<>("reports.minor-told", Boolean.class, KEPT);

    private final ConversationMemory memory;

    ToldBefore(ConversationMemory memory) {
        this.memory = memory;
    }

    @Override
    public void heard(Turn turn, Analysis analysis) {
        if (analysis.entities().namesAMinor() || MinorsTold.in(analysis.text())) {
            memory.put(turn.state().id(), MINOR, Boolean.TRUE);
        }
    }

    /** Whether the conversation of {@code turn} told of someone under 18 not long ago. */
    boolean minor(Turn turn) {
        return memory.has(turn.state().id(), MINOR);
    }
}
