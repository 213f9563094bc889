package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.ReportState;
import id.migrasiaman.safety.DangerAssessment;
import java.util.Set;

/**
 * An answer to a calo report's own question that tells no harm: the route ("kapal dari tenau" at
 * "Lewat mana? (mis. Batam, Nunukan, Tenau)"), a vessel, a transit, what the calo promised and the
 * money he gave ("kasi uang sirih … mau bawa beta pung adik pi malaysia, sonde usah paspor"). These
 * are what the report is for, not danger now: the intent model reads boats and people taken as an
 * emergency, and a plan to take someone abroad reads as an inferred harm (trial 17, D9, D7: a false
 * alarm with Malaysia's numbers, and a report lost to a mistaken "1"). Harm told, a plea, fear,
 * something said to happen now, or a child named keep the safety layer's usual answer.
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
