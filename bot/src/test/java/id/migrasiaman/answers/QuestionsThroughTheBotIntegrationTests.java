package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.evaluation.EvaluationLabels;
import id.migrasiaman.knowledge.lint.ContentLintTests;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.knowledge.retrieval.IntentGate;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Normaliser;
import id.migrasiaman.nlp.TextAnalyser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The independent sets' questions as a user meets them: each opens its own conversation and goes
 * through the whole bot (safety layer, intent routing, retrieval), not only through retrieval as
 * {@code bot.jar eval-answers} does. The intent model sends what it reads as a broker report, an
 * offer or out of scope to those flows, so a question can be answered well by retrieval and still
 * never reach it; this is the figure a user sees. A question is answered with the topic whose title
 * opens a reply (in either language). Sets under {@code nlp-models/eval/independent/}; bounds are
 * the measured values (they keep the figures from getting worse; never tune on these sets).
 */
@TestPropertySource(properties = "migrasi.telegram.staff-chat-id=")
class QuestionsThroughTheBotIntegrationTests extends IntegrationTest {

    private static final Path EVAL = Path.of("..", "nlp-models", "eval");

    /**
     * A topic split off a broader one (content {@code counts_as}: "death-abroad" from
     * "family-abroad") is scored as the label the sets were written with, so figures stay
     * comparable across rounds; only a wrong answer loses a point.
     */
    private static final EvaluationLabels LABELS =
            EvaluationLabels.of(
                    new ContentValidator(new Normaliser())
                            .check(ContentLintTests.CONTENT)
                            .content());

    @Autowired ConversationService conversations;

    @Autowired Answers answers;

    @Autowired Retrieval retrieval;

    @Autowired TextAnalyser analyser;

    private IntentGate gated;

    @BeforeEach
    void gate() {
        gated = new IntentGate(analyser, retrieval, IntentGate.MIN_CONFIDENCE);
    }

    /**
     * At least {@code rightFirst} topic questions answered with their topic, and at least {@code
     * noneUnanswered} of the questions about something else (off-topic and near-misses) answered
     * with no topic. {@code set} is a folder under {@code nlp-models/eval/independent/}, or under
     * {@code nlp-models/eval/} when it starts with "own" (a helper's own questions, not
     * independent).
     */
    record Bounds(String set, int rightFirst, int noneUnanswered) {

        Path file() {
            Path dir = set.startsWith("own") ? EVAL : EVAL.resolve("independent");
            return dir.resolve(set).resolve("questions.tsv");
        }
    }

    /**
     * The sets to run: all, or those named in {@code -Dquestions.sets=w10,final8} (to study a few
     * sets' misses with {@code -Dquestions.misses=true}, which prints each one).
     */
    static List<Bounds> sets() {
        String only = System.getProperty("questions.sets", "");
        return allSets().stream()
                .filter(b -> only.isBlank() || List.of(only.split(",")).contains(b.set()))
                .toList();
    }

    static List<Bounds> allSets() {
        return List.of(
                // Measured 2026-12-05 with the round-7 models, before -> after TopicQuestions (a
                // plain question read as a report or an offer gets its topic): w6 52 -> 59/68,
                // final4 48 -> 52/65, basic2 90 -> 101/127 (all three read, dev sets); the
                // near-misses unchanged (24/25, 25/25, 24/25). A greeting with a question answered
                // too (after final5 was evaluated): basic2 102, w7 59.
                // Round 8 (questions8; all five are dev sets now): a question read as a story or
                // out of scope, an offer-question without a phone, and a weak-danger question
                // (beside the hotlines) get their topic: w6 59 -> 66, final4 52 -> 63, basic2
                // 102 -> 114, w7 59 -> 67, final5 52 -> 62; one near-miss of final4 (a tourist
                // visa for a holiday, read as out of scope) is answered now (25 -> 24).
                // Round 11 (answers12): 65 — a Kupang Malay loan question added to the costs topic
                // (trial 11 D28, Bank NTT's KUR PMI) takes one of w6's questions; kept for D28.
                new Bounds("w6", 66, 24),
                new Bounds("final4", 65, 25),
                new Bounds("basic2", 119, 25),
                // With intents8's models merged: w7 66, final5 61 (one each).
                new Bounds("w7", 67, 23),
                new Bounds("final5", 62, 24),
                // Written by the questions8 helper before its change (not independent): 35/45
                // and 10/10 before it.
                new Bounds("own8-questions", 40, 10),
                // Round 8's new writer (returned workers, teenagers and parents), scored on main
                // before round 8's changes: 50/68, 23/25.
                new Bounds("w8", 63, 24),
                // Round 8's final set (online-scam recruits and their families, witnesses in public
                // places), evaluated once with the merged round-8 release: 64/69, 25/25. w8 with
                // the release: 62/68, 23/25.
                new Bounds("final6", 66, 25),
                // Round 10's new writer (crew on foreign fishing boats and their families; women
                // recruited for domestic work in the Middle East), scored on main before round 10's
                // changes: 61/72, 23/25.
                // After round 10's merges: 60/72 (one question fewer), 23/25.
                new Bounds("w9", 64, 23),
                // Round 10's final set (village officials and community workers; English-writing
                // relatives, churches and a researcher abroad), evaluated once with the merged
                // round-10 release: 70/72, 23/25.
                new Bounds("final7", 70, 23),
                // Round 11's new writer (inland village parents dictating by voice; young men
                // weighing plantation work; NGO staff writing English), scored on main before
                // round 11's changes: 61/72, 24/25. Scored only: its lines are not read.
                // answers12's passport-time phrasing (trial 11 D8) answers one more of w10's
                // everyday questions: 62/72, 23/25 after the round.
                new Bounds("w10", 65, 24),
                // Round 11's final set (girls and young women approached online; church and
                // shelter workers; NTT people abroad writing English), evaluated once with the
                // merged round-11 release: 65/72, 23/25. w10 after the round: 61/72, 24/25.
                new Bounds("final8", 71, 24),
                // Round 12's new writer, scored on main before round 12: 71/72, 22/25; with the
                // merged round-12 release 70/72, 22/25 (one topic question lost; not read). Round
                // 13 (answers13, the home threshold): 70/72, 23/25 (near-misses 16/18).
                new Bounds("w11", 69, 23),
                // Round 12's final set, evaluated once with the merged round-12 release (097874d):
                // 69/72 (95.8 %), 22/25. Round 13 (answers13; a dev set now): 69/72, 22/25
                // (near-misses 15/18).
                new Bounds("final9", 70, 23),
                // Round 13's new writer (scored only, lines not read), on main 88b60e0 before round
                // 13's changes: 61/72 (84.7 %), 23/25.
                // Unchanged with the merged round-13 release (50beeda): 61/72, 23/25.
                new Bounds("w12", 62, 23),
                // Round 13's final set, evaluated once with the merged round-13 release (50beeda):
                // 65/72 (90.3 %), 24/25 (near-misses 17/18).
                new Bounds("final10", 67, 24),
                // Round 14 (merged): every bound above re-measured with the merged release and the
                // lead's rule-question fix (a question about what the rules allow is no alarm): 15
                // sets gained, five lost one or two, all to content14's eight new topics taking a
                // question of an older topic ("What kind of visa does a domestic worker need for
                // Hong Kong?" -> placement-loan-abroad; "what papers does my cousin need …" ->
                // work-again-after-deportation) or to the relevance model retrained on their
                // phrasings: w6 65 -> 64, own8 42 -> 40, w11 70 -> 69 (scored only), w2 none 40 ->
                // 39, final3 64 -> 63. Kept, since those topics answer real questions no topic
                // answered (trial 13: a widow, a deportee, an employer, a lost passport abroad).
                // Round 14 (answers14): the older dev sets through the bot too, so that a routing
                // fix is checked on every set; measured on main (a114fa6) before the round.
                new Bounds("w1", 83, 40),
                new Bounds("w2", 83, 39),
                new Bounds("w4", 66, 24),
                new Bounds("w5", 64, 24),
                new Bounds("final", 50, 29),
                new Bounds("final2", 58, 25),
                // Round 24 (retrieval24): 24 — the legal-steps phrasings for "what next after the
                // medical" (the brief's "habis medical check up langkah selanjutnya apa?") move
                // final3's near-miss about a medical check for police recruitment to the medical
                // topic; they gain w9, final8, final14 and final19 one topic question each (bounds
                // raised). An off-topic line for it was not added: off-topic.yml has two already.
                new Bounds("final3", 63, 24),
                new Bounds("basic", 145, 30),
                // Round 14's new writer (w13: teenagers of Kota Kupang and Semau; returned workers
                // and their families; NGO caseworkers, a pastor, a backpacker writing English),
                // scored only: on main a114fa6 before round 14 69/73 (94.5 %), 23/25; with the
                // merged round-14 release the same.
                new Bounds("w13", 69, 23),
                // Round 14's final set (village officials, teachers, church elders; fishermen and
                // people in transit at harbours; employers, agency staff and migrant workers of
                // other countries writing English), evaluated once with the merged round-14
                // release (64a925a): 67/72 (93.1 %), 23/25 (near-misses 16/18); with the lead's
                // rule-question fix after it 68/72, 23/25.
                new Bounds("final11", 68, 23),
                // Round 15's new writer (w14: mothers and grandmothers of workers abroad; SMK
                // leavers and students looking for work online; a journalist, volunteers and
                // workers in Taiwan writing English), scored only: on main 65df954 before round 15
                // and with the merged round-15 release alike 62/72 (86.1 %), 24/25 (near-misses
                // 17/18); retrieval alone 66-67/72.
                new Bounds("w14", 62, 24),
                // Round 15's final set (farmers, ojek drivers and half-calo of Kupang Barat and
                // Amabi Oefeto; domestic workers and caregivers writing from abroad; a consular
                // officer, an NGO worker, a priest, a nurse and English teachers), evaluated once
                // with the merged round-15 release (18efe21 + transport12): 66/72 (91.7 %), 25/25
                // (near-misses 18/18).
                new Bounds("final12", 68, 25),
                // Round 16's new writer (w15: school pupils and leavers of Kupang, Soe, Oelamasi
                // and Baun writing chat; returned plantation and construction workers from Sabah
                // and Sarawak and their wives; an Australian church worker, a student in
                // Melbourne, Filipino and Sri Lankan domestic workers in the Gulf, a Taiwanese
                // captain writing English), scored only: on main 28aa2fc before round 16 69/72
                // (95.8 %), 22/25 (near-misses 15/18).
                new Bounds("w15", 69, 22),
                // Round 16's final set (traders, bemo drivers, tailors and grandmothers of Oesao,
                // Baumata, Camplong, Naibonat and Tarus; seafarers, carers and domestic workers
                // in Korea, Japan, Saudi Arabia, Kuwait and Brunei; an HR officer, a labour
                // inspector, a missionary, a lawyer writing English), evaluated once with the
                // merged round-16 release (449b103): 62/72 (86.1 %), 23/25 (near-misses 16/18).
                // After the lead's CountryNumbers fix (found by the dev sets' regression from
                // safety16: number questions naming a country lost the help-abroad topic's
                // title), 64/72, 23/25.
                new Bounds("final13", 65, 23),
                // Round 17's new writer (w16: young people of Sulamu, Fatuleu, Takari, Amabi
                // Oefeto and Semau; teachers, village secretaries, midwives; English writers from a
                // Malaysian estate to a Cambodian scam compound), scored only: on main 6c51a5d
                // before round 17 72/74 (97.3 %), 23/25 (near-misses 16/18).
                new Bounds("w16", 72, 23),
                // Round 17's final set (parents and siblings in Kupang Barat, Nekamese, Taebenu and
                // Semau;
                // returned workers going again legally; English writers from a Soe volunteer to a
                // Malaysian lawyer), scored with the round-17 release: 67/72 (93.1 %), 23/25
                // (near-misses 16/18); the same with the candidate model that was not adopted.
                new Bounds("final14", 70, 23),
                // Round 18's new writer (w17: weavers and farmers of Amfoang and Semau, men who
                // migrated inside Indonesia, church and village people; English writers), scored
                // only: on main e4d0dc6 before round 18 66/72 (91.7 %), 22/25 (near-misses 15/18).
                new Bounds("w17", 66, 22),
                // Round 18's final set (young couples, elders of Amfoang Timur and Fatuleu Barat,
                // workers in Sabah, Singapore and Taiwan; English writers), evaluated once with the
                // round-18 release: 69/72 (95.8 %), 24/25 (near-misses 17/18).
                new Bounds("final15", 69, 24),
                // Round 19's new writer (w18: fishermen's families, schoolgirls and boys, health
                // and
                // church workers; English writers), scored only: on main 8903600 before round 19
                // 68/72 (94.4 %), 22/25 (near-misses 15/18). final14 and final15 are dev sets
                // from round 19 on.
                new Bounds("w18", 68, 22),
                // Round 19's final set (ojek drivers and market sellers, coastal Muslim families,
                // village officials; English writers), evaluated once with the round-19 release:
                // 67/72 (93.1 %), 23/25 (near-misses 16/18). w18 with the release: unchanged.
                new Bounds("final16", 67, 23),
                // Round 20's new writer (w19: workers without papers in Sabah and Sarawak, young
                // women approached in Kota Kupang, LPK students for Japan and Korea and their
                // parents; English writers), scored only: on main d3a26af before round 20 64/72
                // (88.9 %), 24/25 (near-misses 17/18). final16 is a dev set from round 20 on.
                new Bounds("w19", 64, 24),
                // Round 20's final set (final17: young men recruited online for scam compounds,
                // widows and single mothers in debt, church youth and PKK leaders; English
                // writers), evaluated once with the round-20 release: 66/72 (91.7 %), 25/25
                // (near-misses 18/18).
                new Bounds("final17", 67, 25),
                // Round 21's new writer (w20: families in Amfoang and Kupang Tengah, domestic
                // workers in Hong Kong, Singapore, Brunei and the Gulf, people a calo asked to
                // recruit; English writers), scored only: on main db9e520d before round 21 64/72
                // (88.9 %), 25/25 (near-misses 18/18). final17 is a dev set from round 21 on.
                new Bounds("w20", 64, 25),
                // Round 21's final set (students on TikTok, fishing crews and their wives, returned
                // workers and bereaved families; English writers), evaluated once with the round-21
                // release: 63/72 (87.5 %), 23/25 (near-misses 16/18). w20 with the release:
                // unchanged (64, 25). final18 is a dev set from round 22 on.
                new Bounds("final18", 63, 23),
                // Round 22's new writer (w21: mothers in Kupang Barat and Fatuleu Barat, oil-palm
                // workers in Sabah, a catechist and an ojek driver, young women offered work in
                // Bali and Batam; English writers), scored only: on main bd1adf96 before round 22
                // 64/72 (88.9 %), 23/25 (near-misses 16/18).
                new Bounds("w21", 64, 23),
                // Round 22's final set (final19: young women of Sulamu and Pariti, village heads,
                // applicants for Korea, Japan and PALM/RSE, workers abroad on a break; English
                // writers), evaluated once with the round-22 release bd04c253: 68/72 (94.4 %),
                // 24/25
                // (near-misses 17/18). w21 with the release: unchanged (64, 23). final19 is a dev
                // set from round 23 on.
                new Bounds("final19", 69, 24),
                // Round 23's new writer (w22: mothers in Amfoang with daughters in Singapore and
                // Hong Kong, motorbike mechanics of Oenaek and Oelomin, an SMK teacher in Camplong,
                // an ojek driver to Tenau, a returned cleaner from Brunei; English writers), scored
                // only: on main 23ab3c85 before round 23 63/72 (87.5 %), 24/25 (near-misses 17/18).
                new Bounds("w22", 63, 24),
                // Round 24's new writer (w23: families of plantation workers in Keningau and Lahad
                // Datu, a kepala desa in Fatuleu, an Undana student, a widow of a Johor
                // construction
                // worker, "kerja proyek" on a ship via Facebook; English writers), scored only: on
                // main 079caccb before round 24 66/72 (91.7 %), 19/25 (near-misses 12/18).
                new Bounds("w23", 66, 19),
                // Round 24's final set (final21: market vendors at Pasar Oesao and bemo drivers,
                // grandparents in Takari raising grandchildren, a nursing graduate offered
                // "ausbildung" in Germany, a carer in Taiwan, a young couple in Semau, a port
                // worker
                // at Tenau; English writers), evaluated once with the round-24 release (main
                // fd7f4176 with final21's placeholders): 65/72 (90.3 %), 24/25 (near-misses 17/18).
                // w22 and w23 with the release: unchanged (63, 24; 66, 19).
                new Bounds("final21", 65, 24),
                // Round 23 (questions23: phrasings for the jalan tikus, the phone held by an
                // employer and tokutei ginou): the dev bounds above raised to the measured values
                // (w1 83, w2 83, w6 66, w8 63, w10 65, basic 145, basic2 119, final8 70, final9 70,
                // final10 67, final12 68, final13 65, final14 69, final17 67); scored only w12 64,
                // w13 70, w14 63, w15 70, w16 74, w17 67, w18 69, w19 67 (bounds kept).
                // Written by the questions23 helper for the kinds of misses it fixed (not
                // independent; its lines are not in the content), with the change: 6/10, 4/5 (not
                // measured before it). Misses: a phone locked away read as the passport topic, the
                // step after the medical (2), tokutei ginou read as out of scope, learning
                // Japanese.
                new Bounds("own23-questions", 6, 4),
                // Round 23's final set (final20: weavers of Kupang Tengah and Amarasi Selatan
                // approached for café and massage work, church youth leaders, fishing-boat crews
                // for
                // Taiwan and Korea and their wives, a nurse's aide for Japan, a Sarawak timber
                // camp;
                // English writers), evaluated once with the round-23 release 4dc550ea: 63/72
                // (87.5 %), 23/25 (near-misses 16/18). w22 with the release: unchanged (63, 24).
                new Bounds("final20", 63, 23));
        // Round 16 (understand16): a deportation from abroad is a return, not the family flow, and
        // "tanda …" typed like a search is a question: final5 61 -> 62, w10 63 -> 64, final10 65 ->
        // 66, final 49 -> 50, basic 143 -> 144 (dev sets); w11-w14 unchanged (69, 62, 69, 62).
    }

    /** Sets that are scored only: their lines are never printed, whatever the flags say. */
    private static final List<String> SCORED_ONLY =
            List.of(
                    "w11", "w12", "w13", "w14", "w15", "w16", "w17", "w18", "w19", "w20", "w21",
                    "w22", "w23", "final21");

    // final20 is a dev set from round 24 on (evaluated once in round 23).

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void questionsGetTheirTopicThroughTheWholeBot(Bounds set) throws Exception {
        Map<String, String> topicByTitle = new HashMap<>();
        for (String id : answers.topicIds()) {
            for (String lang : List.of("id", "en")) {
                answers.answer(id, lang).ifPresent(a -> topicByTitle.put(a.title(), id));
            }
        }
        Map<String, int[]> byKind = new TreeMap<>();
        int n = 0;
        for (String row : Files.readAllLines(set.file(), StandardCharsets.UTF_8)) {
            String[] cells = row.split("\t");
            if (cells.length < 2 || "topic".equals(cells[0])) {
                continue;
            }
            String id = "q-" + set.set() + "-" + (n++);
            List<Reply> replies =
                    conversations.handle(IncomingMessage.ofText(id, id, cells[1].strip()));
            Optional<String> answered = LABELS.label(answeredTopic(replies, topicByTitle));
            boolean none = "none".equals(cells[0]);
            String kind = cells.length > 2 ? cells[2].strip() : "";
            int[] c = byKind.computeIfAbsent(none ? "none" : "topic", k -> new int[2]);
            int[] k = byKind.computeIfAbsent("kind " + kind, x -> new int[2]);
            c[1]++;
            k[1]++;
            if (none ? answered.isEmpty() : answered.equals(Optional.of(cells[0]))) {
                c[0]++;
                k[0]++;
            } else if (Boolean.getBoolean("questions.misses") && !SCORED_ONLY.contains(set.set())) {
                System.out.printf(
                        "miss %s %s: %s -> %s | %s%n    %s%n",
                        set.set(),
                        kind,
                        cells[0],
                        answered.orElse("(none)"),
                        cells[1].strip(),
                        whereLost(cells[1].strip(), replies));
            }
        }
        int[] topics = byKind.getOrDefault("topic", new int[2]);
        int[] none = byKind.getOrDefault("none", new int[2]);
        int[] nearMisses = byKind.getOrDefault("kind nearmiss", new int[2]);
        System.out.printf(
                "%n%s through the bot: right topic first %d/%d (%.1f %%), about something else"
                        + " not answered %d/%d (%.1f %%), near-misses not answered %d/%d%n",
                set.set(),
                topics[0],
                topics[1],
                100.0 * topics[0] / Math.max(1, topics[1]),
                none[0],
                none[1],
                100.0 * none[0] / Math.max(1, none[1]),
                nearMisses[0],
                nearMisses[1]);
        assertThat(topics[0])
                .as("topic questions answered with their topic")
                .isGreaterThanOrEqualTo(set.rightFirst());
        assertThat(none[0])
                .as("other questions not answered")
                .isGreaterThanOrEqualTo(set.noneUnanswered());
    }

    /**
     * Where a missed question was lost: the intent and relevance the analyser gave it, the topic
     * retrieval alone finds, the topic behind the intent gate ({@code eval-answers}' "full system":
     * when it is right, the conversation layer lost the question), and the start of the bot's first
     * reply (which layer answered).
     */
    private String whereLost(String text, List<Reply> replies) {
        Analysis a = analyser.analyse(text);
        String first =
                String.join(
                        " / ",
                        replies.stream()
                                .map(r -> r.html().replaceAll("\\s+", " "))
                                .map(h -> h.substring(0, Math.min(40, h.length())))
                                .toList());
        return String.format(
                "intent %s %.2f, relevance %.2f, flags %s, retrieval %s, gate + retrieval %s,"
                        + " replies: %s",
                a.intent().label(),
                a.confidence(),
                a.relevance(),
                a.flags(),
                retrieval.topicFor(text).orElse("(none)"),
                LABELS.label(gated.topicFor(text)).orElse("(none)"),
                first);
    }

    /**
     * The topic whose title opens the first answer among {@code replies} (after an emoji, as the
     * family flow's first message has it: that flow is the family-abroad topic's answer).
     */
    private static Optional<String> answeredTopic(
            List<Reply> replies, Map<String, String> topicByTitle) {
        for (Reply reply : replies) {
            String html = reply.html();
            int open = html.indexOf("<b>");
            int close = html.indexOf("</b>");
            if (open < 0 || open > 12 || close < open) {
                continue;
            }
            String title = unescape(html.substring(open + 3, close));
            if (topicByTitle.containsKey(title)) {
                return Optional.of(topicByTitle.get(title));
            }
            if (html.startsWith("👨‍👩‍👧")) {
                return Optional.of("family-abroad");
            }
        }
        return Optional.empty();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
