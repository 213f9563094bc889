package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A job ad pasted without pressing "Cek tawaran" first is checked as an offer, whatever topic its
 * words are close to: an ad naming a licensed company, Disnaker and "no placement fee" read like a
 * registration question to the intent model and got the registration topic (trial 11, D20). Before
 * the topic answers, so that its questions are not answered instead of the check.
 */
@Component
@Order(10)
class PastedOffers implements AnswerFirst {

    /**
     * Intents whose own flow comes first even when the text quotes an ad. Not the emergency: the
     * safety layer has screened every text before, and an ad the model files as an emergency is
     * still an ad ("son usa bayar dolo, cukup bawa KTP sa": trial 12's Kupang ad).
     */
    private static final Set<Intent> OWN_FLOW = Set.of(Intent.BROKER_REPORT);

    private final OfferCheck offers;

    PastedOffers(OfferCheck offers) {
        this.offers = offers;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        if (OWN_FLOW.contains(analysis.intent()) || !JobAd.reads(analysis)) {
            return Optional.empty();
        }
        return Optional.of(offers.respond(turn, analysis));
    }
}
