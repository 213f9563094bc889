package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Answers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A pastor, a teacher or a village head preparing a talk for young people asks for a short summary
 * to print, or for a poster or PDF (trial 16, D13). The request was read as a broker report ("Mau
 * buat laporan?") or refused as off topic. The answer is built from three topics the bot already
 * has, each with its own sources (the legal steps, the signs of a broker, the important numbers),
 * and says honestly that there is no poster or PDF yet; the three topics follow as buttons.
 */
@Component
@Order(46)
class TalkMaterials implements MessageInterceptor {

    /** The topics a summary is made of, in the order a talk needs them. */
    static final List<String> TOPICS = List.of("legal-steps", "red-flags", "hotlines");

    static final int MAX_WORDS = 45;

    /** A summary, a handout or a printable version asked for. */
    private static final Pattern SUMMARY =
            Pattern.compile(
                    " (ringkasan|rangkuman|ringkas|ikhtisar|summary|summarise|summarize|handout) ");

    /**
     * To print: the words of the bot's own offer ("Ketik: ringkasan untuk dicetak"), typed back at
     * any time later (trial 17, D22), need no topic named.
     */
    private static final Pattern TO_PRINT =
            Pattern.compile(" (dicetak|cetak|untuk dicetak|print|printed|to print|printable) ");

    /** A poster, a leaflet or a file asked about. */
    private static final Pattern PRINTED =
            Pattern.compile(
                    " (poster|pdf|brosur|brochure|leaflet|pamflet|pamphlet|flyer|selebaran"
                            + "|infografis|infographic) ");

    /** Material for a talk: ours only when it says what about. */
    private static final Pattern MATERIAL = Pattern.compile(" (materi|bahan|slide|slides) ");

    /** What a summary or material would be about: ours, not a school report or a sermon. */
    private static final Pattern OURS =
            Pattern.compile(
                    " (jalur resmi|tanda tanda calo|tanda calo|ciri ciri calo|calo|nomor pengaduan"
                            + "|hotline|hotlines|pengaduan|kerja ke luar negeri|kerja di luar negeri"
                            + "|luar negeri|pmi|tki|perdagangan orang|tppo|trafficking|red flags"
                            + "|legal route|working abroad|work abroad|migrant|migrants|broker|brokers"
                            + "|same summary|ringkasan yang sama|ringkasan tadi|the summary) ");

    /** A talk being prepared for others: the person multiplies what the bot says. */
    private static final Pattern TALK =
            Pattern.compile(
                    " (bicara|berbicara|ceramah|sosialisasi|penyuluhan|khotbah|renungan|kotbah"
                            + "|talk|presentation|present|speak|speaking|session|workshop) ");

    private static final Pattern AUDIENCE =
            Pattern.compile(
                    " (pemuda|remaja|anak muda|jemaat|siswa|murid|warga|orang tua|young people"
                            + "|youth|students|congregation|villagers|parents) ");

    private final Answers answers;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    TalkMaterials(Answers answers, Texts texts, Menus menus, Clock clock) {
        this.answers = answers;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    /** Whether the summary was the last answer (remembered under the red-flags topic). */
    private boolean summaryGiven(Turn turn) {
        return AnswerContext.recall(turn.state(), clock.instant())
                .filter(r -> "red-flags".equals(r.topicId()))
                .filter(r -> SUMMARY.matcher(Words.padded(r.question())).find())
                .isPresent();
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || Questions.words(typed.text()) > MAX_WORDS) {
            return Optional.empty();
        }
        String padded = Words.padded(typed.text());
        String lang = turn.language();
        boolean printed = PRINTED.matcher(padded).find();
        boolean material = printed || MATERIAL.matcher(padded).find();
        boolean summary = SUMMARY.matcher(padded).find();
        boolean ours = OURS.matcher(padded).find() || summary && TO_PRINT.matcher(padded).find();
        if ((summary || material) && ours || printed && Questions.isQuestion(typed.text())) {
            // The summary was just given: a poster asked after it gets the honest "none" only.
            boolean given = material && !summary && summaryGiven(turn);
            AnswerContext.rememberTopic(turn, "red-flags", typed.text(), clock.instant());
            return Optional.of(
                    given
                            ? List.of(
                                    Reply.withButtons(
                                            texts.get(lang, "talk.nomaterial.above"), rows(lang)))
                            : summary(lang, material));
        }
        if (TALK.matcher(padded).find()
                && AUDIENCE.matcher(padded).find()
                && OURS.matcher(padded).find()) {
            return Optional.of(List.of(talk(lang)));
        }
        return Optional.empty();
    }

    /** The three topics' cards as one text to copy, with their sources, then the topics. */
    private List<Reply> summary(String lang, boolean askedForMaterial) {
        StringBuilder html = new StringBuilder();
        if (askedForMaterial) {
            html.append(texts.get(lang, "talk.nomaterial")).append("\n\n");
        }
        html.append(texts.get(lang, "talk.summary.lead"));
        for (String topic : TOPICS) {
            answers.answer(topic, lang).ifPresent(a -> html.append("\n\n").append(section(a)));
        }
        html.append("\n\n").append(texts.get(lang, "talk.summary.end"));
        return List.of(Reply.withButtons(html.toString(), rows(lang)));
    }

    private static String section(Answer answer) {
        return "<b>"
                + Html.escape(answer.title())
                + "</b>\n"
                + answer.parts().get(0).strip()
                + "\n"
                + answer.sourcesLine();
    }

    /** Someone preparing a talk: the three topics, and the summary one tap away. */
    private Reply talk(String lang) {
        return Reply.withButtons(texts.get(lang, "talk.preparing"), rows(lang));
    }

    private List<List<Reply.Button>> rows(String lang) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (String topic : TOPICS) {
            answers.answer(topic, lang)
                    .ifPresent(
                            a ->
                                    rows.add(
                                            List.of(
                                                    new Reply.Button(
                                                            "📘 " + a.label(),
                                                            AnswerReplies.TOPIC + topic))));
        }
        rows.add(List.of(menus.backButton(lang)));
        return rows;
    }
}
