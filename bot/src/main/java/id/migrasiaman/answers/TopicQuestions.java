package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A plain question that the intent model read as a broker report, an offer or a greeting gets the
 * topic that answers it: "calo sudah kasih uang sirih ke keluarga, apakah anak wajib berangkat?" is
 * a question about uang sirih, not a report; "apa ciri-ciri tawaran dari calo?" asks for the signs,
 * and an offer check of it found none "in what you sent". Found by sending the independent sets'
 * questions through the whole bot ({@code QuestionsThroughTheBotIntegrationTests}): a quarter of
 * the questions that retrieval answered right never reached it.
 *
 * <p>Only a question (a question mark or a question word), with no red flag, nothing that makes it
 * an offer to check (an amount, a destination or transit, an age, a phone number) or a report to
 * file (a phone number, a kecamatan), and only when retrieval finds a topic; a report or an offer
 * told as such keeps its flow. A question read as a report gets the way into a report as its first
 * button.
 */
@Component
class TopicQuestions implements AnswerFirst {

    /**
     * Intents whose responders do not answer a question: a report, an offer, a greeting ("halo kak,
     * ciri-ciri calo apa saja?" got the greeting and the menu).
     */
    private static final Set<Intent> READ_AS_FLOWS =
            Set.of(Intent.BROKER_REPORT, Intent.OFFER_CHECK, Intent.GREETING);

    private static final Pattern QUESTION_WORD =
            Pattern.compile(
                    "(?U)\\b(apa|apakah|apa\\s*saja|bagaimana|gimana|gmn|bgmn|berapa|brp|dimana"
                            + "|di\\s+mana|dmn|kemana|ke\\s+mana|kmn|pi\\s+mana|kapan|siapa|sapa"
                            + "|kenapa|mengapa|knp|bolehkah|bisakah|haruskah|karmana|bagemana|cara"
                            + "|ciri|ciri2|how|what|where|when|who|why|which)\\b");

    /** A question particle at the end: "… perlu gk", "… betul ko", "… harus ikut kah". */
    private static final Pattern QUESTION_END =
            Pattern.compile(
                    "(?U)\\b(gk|gak|ga|nggak|ngga|enggak|ndak|tidak|ko|kah|ka|sonde|or not)\\W*$");

    private final Retrieval retrieval;
    private final AnswerReplies replies;
    private final OfferChecker checker;
    private final Texts texts;
    private final Clock clock;

    TopicQuestions(
            Retrieval retrieval,
            AnswerReplies replies,
            OfferChecker checker,
            Texts texts,
            Clock clock) {
        this.retrieval = retrieval;
        this.replies = replies;
        this.checker = checker;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        String text = analysis.text();
        if (!READ_AS_FLOWS.contains(analysis.intent())
                || !isQuestion(text)
                || tellsAReportOrAnOffer(analysis.intent(), analysis.entities())
                || (analysis.intent() == Intent.OFFER_CHECK
                        && !checker.check(text, analysis.flags()).isEmpty())
                || !Retrieval.aboutTopics(analysis)) {
            return Optional.empty();
        }
        Optional<String> topic = retrieval.topicFor(text);
        Optional<List<Reply>> answer = topic.flatMap(id -> replies.answer(id, turn.language()));
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        AnswerContext.rememberTopic(turn, topic.get(), text, clock.instant());
        return Optional.of(
                analysis.intent() == Intent.BROKER_REPORT
                        ? withReportButton(answer.get(), turn.language())
                        : answer.get());
    }

    /** The answer, and under it the way into a report, which the intent model had heard. */
    private List<Reply> withReportButton(List<Reply> answer, String lang) {
        Reply last = answer.get(answer.size() - 1);
        List<List<Reply.Button>> rows = new ArrayList<>();
        rows.add(List.of(new Reply.Button(texts.get(lang, "menu.report"), Menus.REPORT)));
        rows.addAll(last.keyboard());
        List<Reply> out = new ArrayList<>(answer.subList(0, answer.size() - 1));
        out.add(new Reply(last.html(), rows, last.requestLocation()));
        return out;
    }

    /**
     * A question mark, or a question word of Indonesian, chat spelling, Kupang Malay or English.
     */
    static boolean isQuestion(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.indexOf('?') >= 0
                || QUESTION_WORD.matcher(lower).find()
                || QUESTION_END.matcher(lower.strip()).find();
    }

    /**
     * Details that make it a report (a phone number, a kecamatan: someone to find) or an offer (an
     * amount, a destination or transit, an age, a phone number: something to check).
     */
    private static boolean tellsAReportOrAnOffer(Intent intent, Entities e) {
        if (intent == Intent.BROKER_REPORT) {
            return !e.phones().isEmpty() || !e.kecamatan().isEmpty();
        }
        return !e.amounts().isEmpty()
                || !e.destinations().isEmpty()
                || !e.transits().isEmpty()
                || !e.ages().isEmpty()
                || !e.phones().isEmpty();
    }
}
