package id.migrasiaman.emergency;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.nlp.Analysis;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A relative's death abroad told as having happened ("beta pung laki meninggal di malaysia minggu
 * lalu"): grief and practical questions, not danger now (trial 13, D19). One message: condolence,
 * what the family can do (BP3MI NTT, the mission of the region, the KP2MI channels, insurance, the
 * details to give: FACTS 1.8, 1.11, 11, 14.5, 14.6) and the sources of the topic on deaths abroad
 * ({@link #TOPIC}), whose longer text is one tap away. The topic's own card said "Turut berduka"
 * and the same offices a second time (chat trial, round 15), so it is not sent beside it; the topic
 * is remembered, so "siapa yang bayar?" next gets its lines instead of the card again. A death with
 * danger said beside it (a lock, a threat, a plea, others aboard a boat) never comes here: the
 * danger check reads it first.
 */
@Component
@Order(3)
class Bereavement implements AnswerFirst {

    /** The content topic on a death abroad, the body's return and insurance (content14). */
    static final String TOPIC = "death-abroad";

    /** The data of a topic's "more" button (answers' AnswerReplies). */
    private static final String MORE = "more:";

    private static final Pattern DIED =
            Pattern.compile(
                    "\\b(meninggal|meninggal dunia|wafat|almarhum|almarhumah|jenazah|died|passed away"
                            + "|has died|is dead)\\b");

    /** Someone of the writer's own: a death in the family, not figures about deaths. */
    private static final Pattern OWN =
            Pattern.compile(
                    "\\b(laki|suami|istri|bini|anak|adik|ade|kakak|kaka|bapak|bapa|ayah|mama|ibu"
                            + "|om|tanta|paman|bibi|saudara|sodara|ponakan|keponakan|sepupu|teman"
                            + "|husband|wife|son|daughter|brother|sister|father|mother|uncle|aunt"
                            + "|cousin|nephew|niece|friend)\\b");

    /** Where the death happened: abroad or at work there, not a death at home. */
    private static final Pattern ABROAD =
            Pattern.compile(
                    "\\b(luar negeri|di sana|di kebun|kebun sawit|majikan|kapal"
                            + "|abroad|overseas|employer|plantation)\\b");

    private static final Pattern FIGURES =
            Pattern.compile(
                    "\\b(berapa|brapa|jumlah|data|statistik|how many|number of|figures)\\b");

    private final EmergencyReplies replies;
    private final Answers answers;
    private final Clock clock;

    Bereavement(EmergencyReplies replies, Answers answers, Clock clock) {
        this.replies = replies;
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        String text = analysis.text() == null ? "" : analysis.text().toLowerCase(Locale.ROOT);
        boolean abroad =
                !analysis.entities().destinations().isEmpty() || ABROAD.matcher(text).find();
        String lang = turn.language();
        if (paymentDemanded(text) || afterDeath(turn) && PAY_QUESTION.matcher(text).find()) {
            // "om yg bawa dia bilang … katong harus bayar 30 juta ke dia" (trial 18, D38): the
            // demand is called out, and the man who sent him may be reported.
            remember(turn, text);
            return Optional.of(
                    List.of(
                            Reply.withButtons(
                                    replies.t(lang, "emergency.grief.fee"),
                                    List.of(
                                            List.of(
                                                    new Reply.Button(
                                                            replies.t(lang, "offer.report"),
                                                            id.migrasiaman.conversation.Menus
                                                                    .REPORT))))));
        }
        if (remainsHome(text)) {
            // "beta mau bawa pulang dia pung jenazah. siapa yang bayar?": the way home and its
            // costs; the condolence only when it was not said already (round 15)
            return Optional.of(bringingHome(turn, lang, text));
        }
        if (!abroad || !told(text)) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder(condolence(lang, text));
        Optional<Answer> topic = answers.answer(TOPIC, lang);
        topic.filter(a -> !a.sourcesLine().isEmpty())
                .ifPresent(a -> body.append("\n\n").append(a.sourcesLine()));
        body.append("\n\n").append(replies.t(lang, "emergency.grief.more"));
        Reply grief = replies.withMenu(body.toString(), lang);
        if (topic.isEmpty()) {
            return Optional.of(List.of(grief));
        }
        if (turn.state().active() == null) {
            // "siapa yang bayar?" next is about this topic, not a fresh search (issue 10 item 8).
            turn.update(
                    turn.state().withRecall(Recall.topic(TOPIC, analysis.text(), clock.instant())));
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        if (topic.get().hasMore()) {
            rows.add(List.of(new Reply.Button(replies.t(lang, "answer.more"), MORE + TOPIC)));
        }
        rows.addAll(grief.keyboard());
        return Optional.of(List.of(Reply.withButtons(grief.html(), rows)));
    }

    /**
     * The death-abroad topic for a question about bringing a body home, after the condolence if it
     * was not said already in this conversation (the recalled topic is not this one).
     */
    private List<Reply> bringingHome(Turn turn, String lang, String text) {
        boolean consoled =
                turn.state().recall() != null && TOPIC.equals(turn.state().recall().topicId());
        List<Reply> out = new ArrayList<>();
        if (!consoled) {
            out.add(Reply.text(condolence(lang, text)));
        }
        // Consoled already, the topic's short card was in the condolence: its longer text says
        // what it did not (who pays is not in our sources, insurance, what to prepare).
        answers.answer(TOPIC, lang)
                .map(a -> consoled && a.hasMore() ? a.moreParts() : a.parts())
                .ifPresent(parts -> out.add(Reply.text(String.join("\n", parts))));
        out.add(replies.withMenu(replies.t(lang, "emergency.grief.more"), lang));
        remember(turn, text);
        return out;
    }

    /** The condolence with the offices, naming the mission of the Malaysian region said. */
    private String condolence(String lang, String text) {
        String mission =
                MalaysiaRegions.in(text)
                        .map(region -> replies.t(lang, region.key()))
                        .orElse(replies.t(lang, "emergency.grief.mission"));
        return replies.t(lang, "emergency.grief", mission);
    }

    /**
     * The death-abroad topic recalled: a follow-up refers to it, the condolence is not repeated.
     */
    private void remember(Turn turn, String text) {
        turn.update(turn.state().withRecall(Recall.topic(TOPIC, text, clock.instant())));
    }

    /**
     * A body brought or sent home ("bawa pulang jenazah", "kirim mayat pulang", "send the coffin
     * home", "repatriation of remains"), with no danger said beside it: the safety layer reads that
     * first.
     */
    static boolean remainsHome(String lower) {
        return REMAINS.matcher(lower).find() && HOMEWARD.matcher(lower).find();
    }

    private static final Pattern REMAINS =
            Pattern.compile(
                    "\\b(jenazah|jenasah|mayat|mayit|jasad|peti mati|abu jenazah|coffin|casket|remains"
                            + "|(the|his|her|my|their|s) body)\\b");

    private static final Pattern HOMEWARD =
            Pattern.compile(
                    "\\b(pulang|pulangkan|dipulangkan|memulangkan|pemulangan|kampung|home"
                            + "|repatriat\\w*)\\b");

    /** Someone asks the family for money for the body: "harus bayar 30 juta ke dia". */
    static boolean paymentDemanded(String lower) {
        return REMAINS.matcher(lower).find()
                && MONEY.matcher(lower).find()
                && DEMAND.matcher(lower).find();
    }

    /** Whether the conversation's last topic was this one (the death told before). */
    private static boolean afterDeath(Turn turn) {
        return turn.state().recall() != null && TOPIC.equals(turn.state().recall().topicId());
    }

    private static final Pattern MONEY =
            Pattern.compile(
                    "\\b(bayar|dibayar|membayar|biaya|uang|duit|doi|juta|jt|rp\\s?\\d[\\d.]*|ribu"
                            + "|pay|paid|money|fee|million)\\b");

    /**
     * A person who wants it paid to him: "ke dia", "dia minta", "he demands" (not "harus bayar"
     * alone: a family asking whether they must pay for the body asks the topic's question).
     */
    private static final Pattern DEMAND =
            Pattern.compile(
                    "\\b(ke dia|ke om|ke calo|ke agen|ke sponsor|ke perekrut|dia minta|minta uang"
                            + "|minta doi|minta bayar|suruh bayar|asks for|asked for|demands|demanded"
                            + "|told us to pay|pay him|pay her)\\b");

    /** "jadi katong jang kasi doi ke om tu ko?", "so we don't pay him?": about paying someone. */
    private static final Pattern PAY_QUESTION =
            Pattern.compile(
                    "\\b(jang|jangan|tidak usah|tdk usah|ga usah|gak usah|sonde usah|son usah"
                            + "|don t|dont|do not|should we|harus|perlu)\\b.{0,20}\\b(kasi|kasih|kase"
                            + "|bayar|kirim|transfer|pay|give)\\b.{0,25}\\b(doi|uang|duit|dia|om"
                            + "|calo|him|her|them|money)\\b");

    static boolean told(String lower) {
        return DIED.matcher(lower).find()
                && OWN.matcher(lower).find()
                && !FIGURES.matcher(lower).find();
    }
}
