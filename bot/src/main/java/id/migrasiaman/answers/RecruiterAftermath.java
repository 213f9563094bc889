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
 * Two questions about the recruiter of an offer the conversation already told, in messages too long
 * for the offer's follow-ups: money already paid to him ("Ustadz itu minta 5 juta ... sy sdh kasih
 * 2 juta. Bisa minta kembali kah?", trial 18 D9: answered as a pilgrim's passport, then with the
 * cost card), and a relative as recruiter trusted for being family ("tapi om tu keluarga sendiri
 * jadi aman to?", D35: answered with remittances and uang sirih). Money taken for an illegal
 * placement is to be reported (FACTS 4.5); a relative who recruits is a recruiter (FACTS §6, 9.20).
 */
@Component
@Order(33)
class RecruiterAftermath implements SituationResponder {

    static final int MAX_WORDS = 40;

    /** The writer paid: "sy sdh kasih 2 juta", "I already paid him". */
    private static final Pattern ALREADY =
            Pattern.compile(
                    "\\b(sy|saya|aku|beta|sa|kami|katong|i|we) (su|sudah|sdh|udah|udh|uda|telah"
                            + "|terlanjur|telanjur|already)\\b");

    /** Money a recruiter gave the family is the uang-sirih topic's question. */
    private static final Pattern GIFT = Pattern.compile("\\b(sirih|pinang|fit|siri)\\b");

    private static final Pattern PAID =
            Pattern.compile(
                    "\\b(kasi|kasih|kase|bayar|bayarkan|transfer|tf|setor|paid|gave|sent"
                            + "|transferred)\\b");

    private static final Pattern MONEY =
            Pattern.compile("\\b(uang|doi|duit|money|dp|rp|juta|jt|ribu|rb|million)\\b");

    /** Who took it: the recruiter, by a name the writer uses. */
    private static final Pattern RECRUITER =
            Pattern.compile(
                    "\\b(ustadz|ustad|ustaz|calo|sponsor|perekrut|agen|recruiter|broker|agent"
                            + "|yg tawarkan|yang tawarkan|yang menawarkan|yg menawarkan)\\b");

    /** The writer takes a relative along with the recruiter's role. */
    private static final Pattern TAKES =
            Pattern.compile(
                    "\\b(bawa|ajak|rekrut|berangkatkan|recruit\\S*|take|takes|taking|bring"
                            + "|brings)\\b");

    private final OfferContexts contexts;
    private final Texts texts;
    private final Menus menus;

    RecruiterAftermath(OfferContexts contexts, Texts texts, Menus menus) {
        this.contexts = contexts;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        String text = analysis.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!Questions.shortOutsideFlows(turn, text, MAX_WORDS)) {
            return Optional.empty();
        }
        boolean offerTold = !contexts.of(turn).isEmpty();
        String lang = turn.language();
        if (ALREADY.matcher(lower).find()
                && PAID.matcher(lower).find()
                && MONEY.matcher(lower).find()
                && !GIFT.matcher(lower).find()
                && RECRUITER.matcher(lower).find()) {
            return Optional.of(List.of(reply(texts.get(lang, "context.offer.given.money"), lang)));
        }
        if (RecruiterKin.trusted(text) && (offerTold || TAKES.matcher(lower).find())) {
            return Optional.of(
                    List.of(
                            reply(
                                    texts.get(lang, "context.offer.pushback.kin")
                                            + "\n\n"
                                            + texts.get(lang, "context.offer.pushback.check"),
                                    lang)));
        }
        return Optional.empty();
    }

    private Reply reply(String html, String lang) {
        List<List<Reply.Button>> rows = OfferCheck.offerRows(texts, lang);
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(html, rows);
    }
}
