package id.migrasiaman.answers;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Basic questions about trafficking itself (trial 19, D23: "TPPO itu apa?" and "hukuman untuk calo
 * apa?" had no topic). Answered from FACTS 1.6–1.7 by their words, not by a new topic: a topic's
 * vocabulary moved other questions to it before. "Apa bedanya calo dan P3MI?" is the
 * licensed-agency topic's own question (a worded answer of it lost final15's "P3MI tu apa ko? Beda
 * deng sponsor").
 */
@Component
@Order(48)
class TraffickingBasics implements MessageInterceptor {

    static final int MAX_WORDS = 20;

    private static final String TRAFFICKING =
            "(tppo|perdagangan orang|perdagangan manusia|human trafficking|trafficking)";

    /** "TPPO itu apa?", "apa itu perdagangan orang", "what is human trafficking". */
    private static final Pattern WHAT =
            Pattern.compile(
                    "\\b(apa itu|apa sih|apaan|arti|artinya|pengertian|maksud|maksudnya|definisi"
                            + "|what is|what's|what does|meaning of)\\b.*\\b"
                            + TRAFFICKING
                            + "\\b|\\b"
                            + TRAFFICKING
                            + "( itu| tu| tuh| sih)? (apa|apaan|artinya|maksudnya|means|mean)\\b");

    /** "hukuman untuk calo apa?", "penalty for traffickers". */
    private static final Pattern PENALTY =
            Pattern.compile(
                    "\\b(hukuman|hukumannya|hukum|dihukum|sanksi|sanksinya|pidana|dipenjara|penjara"
                            + "|punishment|penalty|penalties|sentence|jail)\\b");

    private static final Pattern PENALISED =
            Pattern.compile(
                    "\\b(calo|perekrut|broker|trafficker|traffickers)\\b|\\b"
                            + TRAFFICKING
                            + "\\b");

    private final List<WordedAnswer> answers;

    TraffickingBasics(Texts texts, Menus menus) {
        this.answers =
                List.of(
                        WordedAnswer.of(
                                texts,
                                menus,
                                new WordedAnswer.Shape(
                                        "trafficking.penalty",
                                        "trafficking.penalty.button",
                                        "report-broker",
                                        MAX_WORDS,
                                        false),
                                lower ->
                                        PENALTY.matcher(lower).find()
                                                && PENALISED.matcher(lower).find()),
                        WordedAnswer.of(
                                texts,
                                menus,
                                new WordedAnswer.Shape(
                                        "trafficking.what",
                                        "trafficking.what.button",
                                        "red-flags",
                                        MAX_WORDS,
                                        false),
                                lower -> WHAT.matcher(lower).find()));
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        return answers.stream().map(a -> a.intercept(turn)).flatMap(Optional::stream).findFirst();
    }
}
