package id.migrasiaman.answers;

import id.migrasiaman.conversation.IntentResponder;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A question about the legal route: the best curated topic answers it; when retrieval abstains, or
 * the relevance model says the question is not about working abroad at all (a local BPJS or a
 * stolen phone shares our words), the question is kept for content editors and the user gets the
 * nearest topics as buttons (or the whole topic menu when none is near).
 */
@Component
class QuestionResponder implements IntentResponder {

    private static final Logger log = LoggerFactory.getLogger(QuestionResponder.class);

    /** How many near topics an abstention offers (a small phone shows three rows at a glance). */
    static final int SUGGESTIONS = 3;

    private final Retrieval retrieval;
    private final AnswerReplies replies;
    private final UnansweredQuestions unanswered;
    private final Clock clock;

    QuestionResponder(
            Retrieval retrieval,
            AnswerReplies replies,
            UnansweredQuestions unanswered,
            Clock clock) {
        this.retrieval = retrieval;
        this.replies = replies;
        this.unanswered = unanswered;
        this.clock = clock;
    }

    @Override
    public Intent intent() {
        return Intent.PROCEDURE_QUESTION;
    }

    @Override
    public List<Reply> respond(Turn turn, Analysis analysis) {
        Optional<String> topic =
                CostQuestions.orWorkTerms(
                        analysis.text(),
                        Retrieval.aboutTopics(analysis)
                                ? CostQuestions.corrected(
                                        analysis.text(),
                                        retrieval.topicFor(
                                                Questions.withoutRequest(analysis.text())))
                                : Optional.empty());
        Optional<List<Reply>> answer =
                topic.flatMap(id -> replies.answerTo(turn, analysis, id, clock.instant()));
        if (answer.isPresent()) {
            // A follow-up such as "berapa biayanya?" may refer back to this topic.
            AnswerContext.rememberTopic(turn, topic.get(), analysis.text(), clock.instant());
            return answer.get();
        }
        try {
            unanswered.keep(analysis.text(), analysis.language(), analysis.intent().label());
        } catch (RuntimeException e) {
            log.warn("Unanswered question not stored ({})", e.getClass().getSimpleName());
        }
        List<String> near =
                retrieval.suggestions(analysis.text(), SUGGESTIONS).stream()
                        .map(TopicMatch::topicId)
                        .toList();
        return List.of(
                near.isEmpty()
                        ? replies.abstained(turn.language())
                        : replies.suggestions(turn.language(), near));
    }
}
