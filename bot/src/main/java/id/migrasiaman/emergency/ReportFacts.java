package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.safety.DangerAssessment;
import java.util.Set;

/**
 * An answer to a calo report's own question that only weakly reads as danger and tells no harm: the
 * route ("kapal dari tenau" at "Lewat mana? (mis. Batam, Nunukan, Tenau)"), a vessel, a transit.
 * These are what the report is for, not danger now: the intent model alone reads boats as an
 * emergency (trial 17, D9: a danger question, then a false alarm and a report lost to a mistaken
 * "1"). The safety layer asks this only of a weak signal: a confident one (a plight told calmly)
 * interrupts the report like any flow. Harm told, a plea, fear, something said to happen now, or a
 * child named keep the safety layer's usual answer.
 */
final class ReportFacts {

    /** Kinds of signal that tell of danger, not of the calo's plan. */
    private static final Set<String> TOLD =
            Set.of(
                    "harm", "plea", "worry", "now", "present", "minor", "despair", "lock", "held",
                    "hold", "coerce", "flee", "evict", "boat");

    private ReportFacts() {}

    /** Whether {@code content}, typed at a report step that takes text, is only a fact. */
    static boolean only(ConversationState state, Content content, DangerAssessment found) {
        return content instanceof Content.Text
                && state.active(ReportState.class).map(r -> r.step().takesText()).orElse(false)
                && found.signals().stream().noneMatch(TOLD::contains);
    }
}
