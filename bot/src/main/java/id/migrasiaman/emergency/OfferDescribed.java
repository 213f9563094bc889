package id.migrasiaman.emergency;

import id.migrasiaman.answers.JobAd;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.OfferStep;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.safety.DangerAssessment;

/**
 * An offer pasted into the offer check ("paspor nanti di kapal dipegang kapten", fees, deductions)
 * describes conditions to come: its harm words are the offer's red flags, checked by the offer
 * check, not a person in danger now. Only harm said as now, or a plea, interrupts the check.
 */
final class OfferDescribed {

    private OfferDescribed() {}

    /**
     * A job ad pasted without the "Cek tawaran" button ("info karja di Kuching, son usa bayar dolo,
     * cukup bawa KTP sa, hubungi kaka Yanto"): its red flags are the offer's too, and the offer
     * check reads it; harm said as now, or a plea, still interrupts.
     */
    static boolean pasted(Analysis analysis, DangerAssessment found) {
        return analysis != null
                && JobAd.reads(analysis)
                && !found.signals().contains("now")
                && !(found.signals().contains("plea")
                        && CALL_FOR_HELP.matcher(lower(analysis)).find());
    }

    /**
     * A call for help of the writer's own; an ad's "URGENT HIRING" or "dibutuhkan segera" is the
     * ad's hurry, not a plea.
     */
    private static final java.util.regex.Pattern CALL_FOR_HELP =
            java.util.regex.Pattern.compile(
                    "\\b(tolong|tlg|tolongin|help me|help us|bantu saya|bantu sy|bantu beta|sos"
                            + "|darurat|emergency)\\b");

    private static String lower(Analysis analysis) {
        return analysis.text().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code found} in this message is the offer being described, not a danger now. */
    static boolean applies(ConversationState state, Content content, DangerAssessment found) {
        boolean waitingForOffer =
                state.active(OfferState.class)
                        .map(o -> o.step() == OfferStep.DESCRIBE)
                        .orElse(false);
        boolean offerText = content instanceof Content.Text || content instanceof Content.Media;
        return waitingForOffer
                && offerText
                && !found.signals().contains("now")
                && !found.signals().contains("plea");
    }
}
