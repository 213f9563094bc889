package id.migrasiaman.conversation;

import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Someone who answers an offer check with the money he needs ("tapi gaji besar bro, beta butuh
 * doi", trial 13, D14) is not telling a story nor asking about fees: he is weighing the offer. He
 * gets why big pay is the lure, the legal route and its loan, the five questions to ask any
 * recruiter, and the offer's signs again (with what the conversation told). Before the offer's
 * follow-ups, which would read "doi" as a question about costs.
 */
@Component
@Order(40)
class MoneyLure implements MessageInterceptor {

    /**
     * "butuh doi", "need the money": his own need, the reason big pay draws people. "Gaji besar"
     * alone is no need; a friend "fine there, big salary" is pushing back on the warning, answered
     * by the offer's follow-ups.
     */
    private static final Pattern NEED =
            Pattern.compile(
                    "\\b((butuh|perlu|cari|kurang|sonde ada|son ada|tidak ada|tdk ada|ga ada|gak ada"
                            + "|nggak ada) (doi|uang|duit|pitis)|need (the |some )?(money|cash)"
                            + "|i('| a)m broke)\\b");

    /** Someone else's experience: the pushback of the offer's follow-ups. */
    private static final Pattern SOMEONE_ELSE =
            Pattern.compile(
                    "\\b(teman|temen|tamang|sepupu|saudara|sodara|tetangga|kenalan|keluarga|friend"
                            + "|friends|cousin|neighbour|neighbor|brother|sister)\\b");

    private final Texts texts;
    private final Clock clock;
    private final TextAnalyser analyser;
    private final List<IntentResponder> responders;

    MoneyLure(Texts texts, Clock clock, TextAnalyser analyser, List<IntentResponder> responders) {
        this.texts = texts;
        this.clock = clock;
        this.analyser = analyser;
        this.responders = List.copyOf(responders);
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (turn.state().active() != null && !(turn.state().active() instanceof OfferState)
                || !(turn.message().content() instanceof Content.Text typed)
                || !offerJustChecked(turn)
                || Questions.isQuestion(typed.text())
                || !NEED.matcher(typed.text().toLowerCase(Locale.ROOT)).find()
                || SOMEONE_ELSE.matcher(typed.text().toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        List<Reply> out = new ArrayList<>();
        out.add(
                Reply.text(
                        texts.get(lang, "offer.money.lure")
                                + "\n\n"
                                + texts.get(lang, "offer.questions")));
        responders.stream()
                .filter(r -> r.intent() == Intent.OFFER_CHECK)
                .findFirst()
                .ifPresent(
                        offers -> out.addAll(offers.respond(turn, analyser.analyse(typed.text()))));
        return Optional.of(out);
    }

    private boolean offerJustChecked(Turn turn) {
        Recall recall = turn.state().recall();
        return recall != null
                && recall.kind() == Recall.Kind.OFFER
                && recall.freshAt(clock.instant());
    }
}
