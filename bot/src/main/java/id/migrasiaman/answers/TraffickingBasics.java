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
 * Basic questions about trafficking itself (trial 19, D23: "TPPO itu apa?", "apa bedanya calo dan
 * P3MI?", "hukuman untuk calo apa?" had no topic). Answered from FACTS 1.5–1.7 and 3.1–3.4 by their
 * words, not by a new topic: a topic's vocabulary moved other questions to it before.
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

    private static final Pattern BROKER = Pattern.compile("\\b(calo|broker|sponsor)\\b");

    /** "apa bedanya calo dan P3MI?", "broker vs agency". */
    private static final Pattern VERSUS =
            Pattern.compile(
                    "\\b(beda|bedanya|perbedaan|membedakan|bedain|difference|different|vs|versus)\\b"
                            + ".*\\b(p3mi|pptkis|agensi|agency|agen resmi|perusahaan resmi|pt resmi)\\b"
                            + "|\\b(p3mi|pptkis|agensi|agency)\\b.*\\b(beda|bedanya|perbedaan"
                            + "|difference|different|vs|versus)\\b");

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
                                        "trafficking.versus",
                                        "trafficking.versus.button",
                                        "licensed-agency",
                                        MAX_WORDS,
                                        false),
                                lower ->
                                        BROKER.matcher(lower).find()
                                                && VERSUS.matcher(lower).find()),
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
