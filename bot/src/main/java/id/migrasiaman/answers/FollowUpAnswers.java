package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.FlowState;
import id.migrasiaman.conversation.flows.OfferState;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A short follow-up right after an answer or an offer check ("itu legal ko?", "berapa biayanya?")
 * is about that topic or that offer: the lines of the topic that speak to it, or the offer's
 * warning signs, rather than a fresh search on three words.
 */
@Component
@Order(50)
class FollowUpAnswers implements MessageInterceptor {

    /** The topic that answers each aspect in general. */
    private static final Map<FollowUpQuestion.Aspect, String> ASPECT_TOPICS =
            Map.of(
                    FollowUpQuestion.Aspect.COST, "costs",
                    FollowUpQuestion.Aspect.LOAN, "costs",
                    FollowUpQuestion.Aspect.LEGALITY, "licensed-agency",
                    FollowUpQuestion.Aspect.DOCUMENTS, "documents",
                    FollowUpQuestion.Aspect.TIME, "legal-steps",
                    FollowUpQuestion.Aspect.PLACE, "registration",
                    FollowUpQuestion.Aspect.HOW, "legal-steps",
                    FollowUpQuestion.Aspect.TRY, "legal-steps",
                    FollowUpQuestion.Aspect.PUSHBACK, "legal-steps");

    /** Messages that are never a follow-up, whatever their words. */
    private static final Set<Intent> OWN_PURPOSE =
            Set.of(Intent.EMERGENCY, Intent.BROKER_REPORT, Intent.EXPERIENCE_SHARE);

    /** After an offer check, messages that are still never a follow-up. */
    private static final Set<Intent> AFTER_OFFER_OWN_PURPOSE =
            Set.of(Intent.EMERGENCY, Intent.BROKER_REPORT);

    private static final int MAX_LINES = 4;

    private final TextAnalyser analyser;
    private final Answers answers;
    private final AnswerReplies replies;
    private final OfferFollowUps offerFollowUps;
    private final Retrieval retrieval;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;
    private final OfferContexts contexts;

    FollowUpAnswers(
            TextAnalyser analyser,
            Answers answers,
            AnswerReplies replies,
            OfferFollowUps offerFollowUps,
            Retrieval retrieval,
            Texts texts,
            Menus menus,
            Clock clock,
            OfferContexts contexts) {
        this.contexts = contexts;
        this.analyser = analyser;
        this.answers = answers;
        this.replies = replies;
        this.offerFollowUps = offerFollowUps;
        this.retrieval = retrieval;
        this.texts = texts;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed) || typed.text().isBlank()) {
            return Optional.empty();
        }
        FlowState flow = turn.state().active();
        Optional<Recall> context = AnswerContext.recall(turn.state(), clock.instant());
        if (context.isEmpty() || (flow != null && !(flow instanceof OfferState))) {
            return Optional.empty();
        }
        boolean afterOffer = context.get().kind() == Recall.Kind.OFFER;
        Optional<FollowUpQuestion> question =
                afterOffer
                        ? FollowUpQuestion.afterOffer(typed.text())
                        : FollowUpQuestion.of(typed.text());
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Analysis analysis = analyser.analyse(typed.text());
        // "kalau sy coba 3 bulan saja?" right after an offer reads like a story to the intent
        // model; after an offer check only an emergency or a report has a purpose of its own.
        Set<Intent> ownPurpose = afterOffer ? AFTER_OFFER_OWN_PURPOSE : OWN_PURPOSE;
        FollowUpQuestion.Aspect aspect = question.get().aspect();
        // "teman sa su di malaysia, aman": pushing back names where the friend went
        boolean ownPlace =
                !analysis.entities().destinations().isEmpty()
                        && aspect != FollowUpQuestion.Aspect.PUSHBACK;
        // "but my friend has been there a year and he is fine" reads to the intent model like an
        // emergency about someone abroad; the safety layer has already read it for danger (a
        // strong signal never reaches this), and pushing back on the warning is what it is
        boolean ownIntent =
                ownPurpose.contains(analysis.intent())
                        && !(aspect == FollowUpQuestion.Aspect.PUSHBACK
                                && analysis.intent() == Intent.EMERGENCY);
        if (ownIntent || ownPlace) {
            return Optional.empty();
        }
        Optional<List<Reply>> answer =
                afterOffer
                        ? Optional.of(
                                offerFollowUps.answer(
                                        turn.language(),
                                        context.get().offer(),
                                        typed.text(),
                                        aspect,
                                        contexts.of(turn)))
                        : aboutTopic(turn, context.get(), typed.text(), aspect);
        answer.ifPresent(
                a ->
                        turn.update(
                                turn.state().withRecall(context.get().refreshed(clock.instant()))));
        return answer;
    }

    private Optional<List<Reply>> aboutTopic(
            Turn turn, Recall context, String text, FollowUpQuestion.Aspect aspect) {
        String lang = turn.language();
        Optional<Answer> topic = answers.answer(context.topicId(), lang);
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines =
                Stream.concat(topic.get().parts().stream(), topic.get().moreParts().stream())
                        .flatMap(part -> part.lines())
                        .map(line -> Html.toPlainText(line).strip())
                        .filter(line -> !line.isEmpty() && aspect.answeredBy(line))
                        .limit(MAX_LINES)
                        .toList();
        if (!lines.isEmpty()) {
            return Optional.of(List.of(linesOf(topic.get(), lines, aspect, lang)));
        }
        String other =
                retrieval
                        .topicFor(context.question() + " " + text)
                        .filter(id -> !id.equals(context.topicId()))
                        .orElse(ASPECT_TOPICS.get(aspect));
        if (other.equals(context.topicId())) {
            return replies.more(context.topicId(), lang);
        }
        List<Reply> out = new ArrayList<>();
        out.add(
                Reply.text(
                        texts.get(lang, "context.topic.lead", Html.escape(topic.get().title()))));
        out.addAll(replies.answer(other, lang).orElse(List.of()));
        return out.size() > 1 ? Optional.of(out) : Optional.empty();
    }

    private Reply linesOf(
            Answer topic, List<String> lines, FollowUpQuestion.Aspect aspect, String lang) {
        StringBuilder html =
                new StringBuilder(
                        texts.get(lang, "context.topic.lead", Html.escape(topic.title())));
        lines.forEach(line -> html.append('\n').append(Html.escape(line)));
        if (!topic.sourcesLine().isEmpty()) {
            html.append("\n\n").append(topic.sourcesLine());
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        rows.add(
                List.of(
                        new Reply.Button(
                                texts.get(lang, "context.topic.full", topic.title()),
                                AnswerReplies.TOPIC + topic.topicId())));
        String general = ASPECT_TOPICS.get(aspect);
        if (!general.equals(topic.topicId())) {
            answers.answer(general, lang)
                    .ifPresent(
                            a ->
                                    rows.add(
                                            List.of(
                                                    new Reply.Button(
                                                            "➡️ " + a.title(),
                                                            AnswerReplies.TOPIC + general))));
        }
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(html.toString(), rows);
    }
}
