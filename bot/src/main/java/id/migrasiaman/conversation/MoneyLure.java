package id.migrasiaman.conversation;

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

    /** "butuh doi", "gaji besar", "need the money": the money that draws people to an offer. */
    private static final Pattern MONEY =
            Pattern.compile(
                    "\\b(gaji (besar|tinggi|gede|banyak)|(butuh|perlu|cari|kurang|sonde ada|tidak"
                            + " ada|ga ada|gak ada) (doi|uang|duit|pitis)|big (pay|salary|money)"
                            + "|need (the )?money|high (pay|salary))\\b");

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
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || !offerJustChecked(turn)
                || Questions.isQuestion(typed.text())
                || !MONEY.matcher(typed.text().toLowerCase(Locale.ROOT)).find()) {
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
