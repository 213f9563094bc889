package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A plain question that the intent model read as a broker report, an offer, a story, a greeting or
 * out of scope gets the topic that answers it: "calo sudah kasih uang sirih ke keluarga, apakah
 * anak wajib berangkat?" is a question about uang sirih, not a report; "boleh kerja pakai visa
 * turis dulu?" asks about visas, and an offer check of it answered only "tourist visa: a warning
 * sign". Found by sending the independent sets' questions through the whole bot ({@code
 * QuestionsThroughTheBotIntegrationTests}): a quarter of the questions that retrieval answered
 * right never reached it.
 *
 * <p>Only a question (a question mark, a question word or particle) that retrieval answers, and
 * only when nothing makes it the flow its intent names: a report with someone to find (a phone
 * number, a kecamatan), an offer with a number to call, many red flags or many words (an offer
 * pasted to be checked), a long story. Under the answer, the way into the flow the intent model
 * heard is the first button (report, check an offer, share the story). A question with a weak
 * danger signal gets its topic beside the hotlines ({@link #besideHotlines}).
 */
@Component
class TopicQuestions implements AnswerFirst {

    /** Each intent whose responder does not answer a question, and the button back into it. */
    private static final Map<Intent, Optional<String>> READ_AS_FLOWS =
            Map.of(
                    Intent.BROKER_REPORT, Optional.of(Menus.REPORT),
                    Intent.OFFER_CHECK, Optional.of(Menus.CHECK_OFFER),
                    Intent.EXPERIENCE_SHARE, Optional.of(Menus.STORY),
                    Intent.GREETING, Optional.empty(),
                    Intent.OUT_OF_SCOPE, Optional.empty());

    private static final Map<String, String> BUTTON_TEXT =
            Map.of(
                    Menus.REPORT, "menu.report",
                    Menus.CHECK_OFFER, "menu.offer",
                    Menus.STORY, "menu.story");

    /** More words than a question: an offer or a story told to be checked or kept. */
    static final int MAX_WORDS = 40;

    /**
     * An offer's own terms, a sum of money and a country, in more words than this: the offer is
     * checked, not answered with the topic its money words are close to (trial 17 D20: "PT … Korea
     * … bayar 15 juta … LPK yg berangkatin. resmi ga?" got the costs topic).
     */
    static final int MIN_OFFER_WORDS = 20;

    /** More red flags than a question names: an offer to check. */
    static final int MAX_FLAGS = 2;

    private final Retrieval retrieval;
    private final AnswerReplies replies;
    private final OfferChecker checker;
    private final Texts texts;
    private final Clock clock;
    private final TextAnalyser analyser;

    TopicQuestions(
            Retrieval retrieval,
            AnswerReplies replies,
            OfferChecker checker,
            Texts texts,
            Clock clock,
            TextAnalyser analyser) {
        this.retrieval = retrieval;
        this.replies = replies;
        this.checker = checker;
        this.texts = texts;
        this.clock = clock;
        this.analyser = analyser;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis typed) {
        Analysis analysis = askedPart(typed);
        Intent intent = analysis.intent();
        if (analysis != typed && !READ_AS_FLOWS.containsKey(intent) && intent != Intent.EMERGENCY) {
            // Only the polite request made it read as out of scope: the question itself is ours.
            return topicAnswer(turn, analysis);
        }
        if (!READ_AS_FLOWS.containsKey(intent)
                || tellsItsFlow(intent, analysis)
                || (intent == Intent.OFFER_CHECK
                        && checker.check(analysis.text(), analysis.flags()).size() > MAX_FLAGS)
                || (intent == Intent.OUT_OF_SCOPE
                        && !analysis.aboutWorkAbroad()
                        && !DomainTerms.named(analysis.text())
                        && !(DomainTerms.workPassport(analysis.text())
                                && Retrieval.aboutTopics(analysis))
                        && !inConversationAboutTopics(turn))) {
            return Optional.empty();
        }
        return topicAnswer(turn, analysis)
                .map(a -> withButton(a, READ_AS_FLOWS.get(intent), turn.language()));
    }

    /**
     * What a question read as out of scope or a greeting asks once its polite request is left out
     * ("tolong sy mau tanya, SKCK bikin di mana?", trial 19 D28): the courtesy words, not the
     * question, made the intent model read it so. The analysis itself when there is none.
     */
    private Analysis askedPart(Analysis typed) {
        if (typed.intent() != Intent.OUT_OF_SCOPE && typed.intent() != Intent.GREETING) {
            return typed;
        }
        String asked = Questions.withoutRequest(typed.text());
        return asked.equals(typed.text()) ? typed : analyser.analyse(asked);
    }

    /**
     * Right after a topic was answered, a question with no domain word of its own ("surat2 apa saja
     * yg sy perlu skrg?" after the deportee's answer, trial 13 D3) belongs to that conversation:
     * retrieval may answer it, and abstains on what no topic covers.
     */
    private boolean inConversationAboutTopics(Turn turn) {
        return AnswerContext.recall(turn.state(), clock.instant())
                .filter(r -> r.kind() == Recall.Kind.TOPIC)
                .isPresent();
    }

    @Override
    public Optional<List<Reply>> besideHotlines(Turn turn, Analysis analysis) {
        if (Questions.words(analysis.text()) > MAX_WORDS) {
            return Optional.empty();
        }
        return topicAnswer(turn, askedPart(analysis));
    }

    /** The topic retrieval finds for a question about the topics, if any. */
    private Optional<List<Reply>> topicAnswer(Turn turn, Analysis analysis) {
        String text = analysis.text();
        if (!isQuestion(text) || !(Retrieval.aboutTopics(analysis) || DomainTerms.named(text))) {
            return Optional.empty();
        }
        Optional<String> topic =
                CostQuestions.corrected(text, retrieval.topicFor(Questions.withoutRequest(text)));
        Optional<List<Reply>> answer =
                topic.flatMap(id -> replies.answerTo(turn, analysis, id, clock.instant()));
        answer.ifPresent(
                a -> AnswerContext.rememberTopic(turn, topic.get(), text, clock.instant()));
        return answer;
    }

    /** The answer, and under it the way into the flow the intent model had heard. */
    private List<Reply> withButton(List<Reply> answer, Optional<String> flow, String lang) {
        if (flow.isEmpty()) {
            return answer;
        }
        Reply last = answer.get(answer.size() - 1);
        List<List<Reply.Button>> rows = new ArrayList<>();
        String label = texts.get(lang, BUTTON_TEXT.get(flow.get()));
        rows.add(List.of(new Reply.Button(label, flow.get())));
        // The answer's related topics may link the same thing ("➡️ Report a broker"): once only.
        for (List<Reply.Button> row : last.keyboard()) {
            List<Reply.Button> kept =
                    row.stream().filter(b -> !sameWords(b.label(), label)).toList();
            if (!kept.isEmpty()) {
                rows.add(kept);
            }
        }
        List<Reply> out = new ArrayList<>(answer.subList(0, answer.size() - 1));
        out.add(new Reply(last.html(), rows, last.requestLocation()));
        return out;
    }

    /** Whether two button labels say the same once their emoji and arrows are left out. */
    static boolean sameWords(String a, String b) {
        return letters(a).equalsIgnoreCase(letters(b));
    }

    private static String letters(String label) {
        return label.replaceAll("[^\\p{L}\\p{N} ]", "").strip();
    }

    /** A question mark, or a question word or particle (see {@link Questions}). */
    static boolean isQuestion(String text) {
        return Questions.isQuestion(text);
    }

    /**
     * Details that make it the flow its intent names: a report with someone to find (a phone
     * number, a kecamatan); an offer with a number to call, more than {@value #MAX_FLAGS} red
     * flags, more than {@value #MAX_WORDS} words, or a sum and a country in more than {@value
     * #MIN_OFFER_WORDS}; a story of more than {@value #MAX_WORDS} words.
     */
    private static boolean tellsItsFlow(Intent intent, Analysis analysis) {
        Entities e = analysis.entities();
        int words = Questions.words(analysis.text());
        return switch (intent) {
            case BROKER_REPORT -> !e.phones().isEmpty() || !e.kecamatan().isEmpty();
            case OFFER_CHECK ->
                    !e.phones().isEmpty()
                            || words > MAX_WORDS
                            || (!e.amounts().isEmpty()
                                    && !e.destinations().isEmpty()
                                    && words > MIN_OFFER_WORDS);
            case EXPERIENCE_SHARE -> words > MAX_WORDS;
            default -> false;
        };
    }
}
