package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.RedFlagHit;
import id.migrasiaman.nlp.TextAnalyser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "eh salah, gajinya 4 juta bukan 14 juta" right after an offer check: the person corrects a fact
 * of the offer (trial 16, D17). It was answered with the same long "resmi atau tidak?" block as any
 * follow-up. Now the correction is acknowledged, the offer is checked again with the corrected
 * figure, the signs that still stand are named, and the corrected offer is what later follow-ups
 * refer to.
 */
@Component
// Before the follow-ups (50): a correction is no question about the offer.
@Order(49)
class OfferCorrection implements MessageInterceptor {

    static final int MAX_WORDS = 25;

    /** A figure: digits with an optional unit. */
    private static final String FIGURE =
            "\\d[\\d.,]*(?:\\s?(?:juta|jt|ribu|rb|rm|ringgit|dolar|dollar|usd|ntd|hkd|sgd|bulan"
                    + "|bln|tahun|thn|hari|minggu))?";

    /** "4 juta bukan 14 juta", "4 juta, not 14". */
    private static final Pattern NEW_NOT_OLD =
            Pattern.compile(
                    "(?<new>"
                            + FIGURE
                            + ")[ ,]+(bukan|bkn|not|instead of)\\s+(?<old>"
                            + FIGURE
                            + ")");

    /** "bukan 14 juta tapi 4 juta", "not 14 but 4". */
    private static final Pattern NOT_OLD_BUT_NEW =
            Pattern.compile(
                    "(bukan|bkn|not)\\s+(?<old>"
                            + FIGURE
                            + ")[ ,]+(tapi|tetapi|melainkan|but|it is|it's)\\s+(?<new>"
                            + FIGURE
                            + ")");

    /** Words of a correction: without one, "4 juta bukan 14 juta" may be a comparison asked. */
    private static final Pattern CORRECTING =
            Pattern.compile(
                    "\\b(salah|slh|ralat|koreksi|keliru|typo|maksud\\S*|sorry|maaf|wrong|mistake"
                            + "|correction|i mean|i meant|sebenarnya|sebetulnya|yang benar|yg benar"
                            + "|actually)\\b");

    private final OfferChecker checker;
    private final TextAnalyser analyser;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    OfferCorrection(
            OfferChecker checker, TextAnalyser analyser, Texts texts, Menus menus, Clock clock) {
        this.checker = checker;
        this.analyser = analyser;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || (turn.state().active() != null && !(turn.state().active() instanceof OfferState))
                || Questions.words(typed.text()) > MAX_WORDS) {
            return Optional.empty();
        }
        Optional<Recall> offer =
                AnswerContext.recall(turn.state(), clock.instant())
                        .filter(r -> r.kind() == Recall.Kind.OFFER && !r.offer().isBlank());
        String text = typed.text().toLowerCase(Locale.ROOT);
        if (offer.isEmpty() || !CORRECTING.matcher(text).find()) {
            return Optional.empty();
        }
        Optional<String[]> figures = figures(text);
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        String corrected = corrected(offer.get().offer(), figures.get()[0], figures.get()[1]);
        turn.update(turn.state().withRecall(Recall.offer(corrected, clock.instant())));
        return Optional.of(List.of(reply(turn.language(), corrected, figures.get())));
    }

    /** The old and the new figure, in that order. */
    private static Optional<String[]> figures(String text) {
        for (Pattern p : List.of(NOT_OLD_BUT_NEW, NEW_NOT_OLD)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(new String[] {m.group("old").strip(), m.group("new").strip()});
            }
        }
        return Optional.empty();
    }

    /**
     * The offer with the old figure replaced by the new one where it stands (its number, when the
     * unit was left out of the correction); otherwise the correction added to it.
     */
    static String corrected(String offer, String old, String now) {
        Matcher whole =
                Pattern.compile(
                                "(?<![\\d.,])" + Pattern.quote(old) + "(?![\\d])",
                                Pattern.CASE_INSENSITIVE)
                        .matcher(offer);
        if (whole.find()) {
            return offer.substring(0, whole.start()) + now + offer.substring(whole.end());
        }
        String oldNumber = old.replaceAll("[^\\d.,].*$", "");
        String newNumber = now.replaceAll("[^\\d.,].*$", "");
        Matcher number =
                Pattern.compile("(?<![\\d.,])" + Pattern.quote(oldNumber) + "(?![\\d])")
                        .matcher(offer);
        if (!oldNumber.isEmpty() && number.find()) {
            return offer.substring(0, number.start()) + newNumber + offer.substring(number.end());
        }
        return offer + " (" + now + ", bukan " + old + ")";
    }

    private Reply reply(String lang, String corrected, String[] figures) {
        TreeSet<String> understood = new TreeSet<>(analyser.analyse(corrected).flags());
        List<RedFlagHit> hits = checker.check(corrected, understood);
        StringBuilder html =
                new StringBuilder(
                        texts.get(
                                lang,
                                "offer.corrected",
                                Html.escape(figures[1]),
                                Html.escape(figures[0])));
        html.append("\n");
        if (hits.isEmpty()) {
            html.append(texts.get(lang, "offer.corrected.none"));
        } else {
            html.append(
                    texts.get(
                            lang,
                            "offer.corrected.flags",
                            hits.size(),
                            hits.stream()
                                    .map(h -> "🚩 " + Html.escape(h.title().in(lang)))
                                    .collect(Collectors.joining("\n"))));
        }
        List<List<Reply.Button>> rows = OfferCheck.offerRows(texts, lang);
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(html.toString(), rows);
    }
}
