package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Apakah majikan boleh pegang paspor?": whether an employer, agent or broker may keep the
 * passport. The passport card opened with how to make one (trial 15 D9, trial 16 D22). The answer
 * is "no", first: in Malaysia an offence (Passports Act 1966 s.12(1)(f), FACTS 11.16), banned by
 * the 2022 MoU for domestic workers (11.19), a broker keeping it is a warning sign (6), what to do
 * and whom to call (11.2, 5.1, 11.13, 11.1). Headed by the passport topic, whose question it is; a
 * separate topic moved retrieval's other answers, so it is answered here instead.
 */
@Component
@Order(36)
class PassportHeld implements SituationResponder, AnswerFirst {

    static final int MAX_WORDS = 30;

    private static final Pattern HOLDER =
            Pattern.compile(
                    "\\b(majikan|agen|agensi|agency|calo|sponsor|bos|boss|employer|agent|madam|bosku"
                            + "|perekrut|recruiter|broker|pt|company|perusahaan|family i work for"
                            // the one who runs the plantation or the site (trial 17, D10)
                            + "|mandor|mandornya|foreman|supervisor|penyelia|tauke|towkay)\\b");

    /**
     * "Paspor sy gmn?" with its holder named: what becomes of a passport someone keeps, asked
     * without a verb of keeping (trial 17, D10).
     */
    private static final Pattern PASSPORT_ASKED =
            Pattern.compile(
                    "\\b(paspor|passport)( (sy|saya|aku|ku|beta|sa|gw|gue|my))?"
                            + " (gmn|gimana|bagaimana|bgmn|bgmana|karmana|bagemana|how|gmana)\\b"
                            + "|\\bwhat about my passport\\b");

    private static final Pattern HELD =
            Pattern.compile(
                    "\\b(pegang|dipegang|tahan|ditahan|menahan|simpan|disimpan|menyimpan|nyimpen|simpen"
                            + "|sita|disita|keep|keeps|kept|hold|holds|holding|held|retain|confiscate\\S*"
                            + "|locked)\\b");

    /** Someone passing on another person's case asks how to refer it (the referral's answer). */
    private static final Pattern REFERRAL =
            Pattern.compile("\\b(refer|referral|rujuk|merujuk|her case|his case|kasusnya)\\b");

    /** A lost passport is another question (its own topic). */
    private static final Pattern LOST = Pattern.compile("\\b(hilang|ilang|lost|stolen|dicuri)\\b");

    private final Answers answers;
    private final Texts texts;
    private final Menus menus;

    PassportHeld(Answers answers, Texts texts, Menus menus) {
        this.answers = answers;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        return turn.state().active() != null ? Optional.empty() : held(turn, analysis);
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        return Optional.empty();
    }

    /**
     * Beside the hotlines a threat in the same message raised ("mandor bilang kalo sy minta dia
     * lapor polisi"): the passport question is still answered (trial 17, D10).
     */
    @Override
    public Optional<List<Reply>> besideHotlines(Turn turn, Analysis analysis) {
        return held(turn, analysis);
    }

    /**
     * The answer for where the person is: Malaysia's law and numbers (FACTS 11.16, 11.19) for a
     * person in Malaysia or not known to be abroad; for a worker who said she is in another country
     * (trial 18, D15: a domestic worker in Singapore was told Malaysia's law, KBRI Kuala Lumpur and
     * "999 di Malaysia"), that country's numbers (FACTS §11) and no law our sources do not have.
     */
    private String heldText(Turn turn, Analysis analysis, String lang) {
        Optional<String> country = Abroad.country(turn, analysis).filter(c -> !MALAYSIA.equals(c));
        if (country.isEmpty()) {
            return texts.get(lang, "passport.held");
        }
        return texts.get(
                lang,
                "passport.held.elsewhere",
                Destination.name(country.get(), lang),
                Abroad.mission(texts, lang, country.get()));
    }

    private static final String MALAYSIA = "MY";

    private Optional<List<Reply>> held(Turn turn, Analysis analysis) {
        String text = analysis.text().toLowerCase(Locale.ROOT);
        if (Questions.words(text) > MAX_WORDS
                || !Questions.isQuestion(text)
                || !TravelPassport.PASSPORT.matcher(text).find()
                || !HOLDER.matcher(text).find()
                || !(HELD.matcher(text).find() || PASSPORT_ASKED.matcher(text).find())
                || LOST.matcher(text).find()
                || REFERRAL.matcher(text).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        StringBuilder html = new StringBuilder();
        answers.answer("passport", lang)
                .ifPresent(a -> html.append("<b>").append(Html.escape(a.title())).append("</b>\n"));
        html.append(heldText(turn, analysis, lang));
        return Optional.of(
                List.of(
                        Reply.withButtons(
                                html.toString(),
                                List.of(
                                        List.of(
                                                new Reply.Button(
                                                        texts.get(lang, "passport.held.card"),
                                                        AnswerReplies.TOPIC + "passport")),
                                        List.of(
                                                new Reply.Button(
                                                        texts.get(lang, "passport.held.abroad"),
                                                        AnswerReplies.TOPIC + "help-abroad")),
                                        List.of(menus.backButton(lang))))));
    }
}
