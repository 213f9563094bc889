package id.migrasiaman.answers;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "bikin paspor untuk umroh bulan depan syaratnya apa ya?": a passport for a pilgrimage, a holiday
 * or study is an ordinary question for Imigrasi, not about working abroad, but the general passport
 * facts we hold apply to it (FACTS 9.7, 9.9, 10.1, 10.3). It was turned away with the scope refusal
 * (trial 15, D21). The answer says it is not about working abroad, gives those facts, and that a
 * pilgrim's or tourist's visa is no work visa (FACTS 6). Not headed by the passport topic's title:
 * the topic is the passport for work.
 */
@Component
@Order(35)
class TravelPassport implements SituationResponder {

    static final int MAX_WORDS = 30;

    /** The passport, in the spellings people type (e-paspor too). */
    static final Pattern PASSPORT =
            Pattern.compile("\\b(paspor\\S*|pasport\\S*|passport\\S*|e-?paspor\\S*)\\b");

    /** Travel that is not work: a pilgrimage, a holiday, a visit, study. */
    private static final Pattern NOT_WORK =
            Pattern.compile(
                    "\\b(umroh|umrah|haji|hajj|ziarah|wisata|liburan|libur|jalan-jalan|jalan2|tamasya"
                            + "|tour|tourism|holiday|holidays|vacation|honeymoon|pilgrimage"
                            + "|kunjungan keluarga|kuliah|study|studying)\\b");

    /** Work named after all: the passport-for-work topic answers that. */
    private static final Pattern WORK =
            Pattern.compile(
                    "\\b(kerja|karja|bekerja|pmi|tki|tkw|calo|agen|sponsor|gaji|majikan|work|job"
                            + "|employer|agent|broker"
                            // the one who offered the job asks money for it (trial 18, D9)
                            + "|ustadz|ustad|ustaz|perekrut|recruiter|yg tawarkan|yang tawarkan"
                            + "|yang menawarkan|yg menawarkan)\\b");

    private final Texts texts;
    private final Menus menus;

    TravelPassport(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        String text = analysis.text().toLowerCase(Locale.ROOT);
        if (!Questions.shortOutsideFlows(turn, text, MAX_WORDS)
                || !PASSPORT.matcher(text).find()
                || !NOT_WORK.matcher(text).find()
                || WORK.matcher(text).find()
                // money already handed over is the offer's follow-up, not a passport question
                || FollowUpQuestion.given(text).isPresent()) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                texts.get(lang, "passport.travel"), menus.mainKeyboard(lang))));
    }
}
