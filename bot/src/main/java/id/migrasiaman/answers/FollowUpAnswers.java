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
import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.RedFlagHit;
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
import java.util.stream.Collectors;
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
    private final OfferChecker checker;
    private final Retrieval retrieval;
    private final Texts texts;
    private final Menus menus;
    private final Clock clock;

    FollowUpAnswers(
            TextAnalyser analyser,
            Answers answers,
            AnswerReplies replies,
            OfferChecker checker,
            Retrieval retrieval,
            Texts texts,
            Menus menus,
            Clock clock) {
        this.analyser = analyser;
        this.answers = answers;
        this.replies = replies;
        this.checker = checker;
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
                        ? Optional.of(aboutOffer(turn, context.get().offer(), aspect))
                        : aboutTopic(turn, context.get(), typed.text(), aspect);
        answer.ifPresent(
                a ->
                        turn.update(
                                turn.state().withRecall(context.get().refreshed(clock.instant()))));
        return answer;
    }

    /**
     * A follow-up about the offer just checked: its own warning signs first (going "only for three
     * months" or "he says it is safe" changes none of them), then what to ask any recruiter and the
     * legal route; a cost question also gets the official costs.
     */
    private List<Reply> aboutOffer(Turn turn, String offer, FollowUpQuestion.Aspect aspect) {
        String lang = turn.language();
        // The same signs as the check itself showed: the patterns and the offer model's flags.
        List<RedFlagHit> hits = checker.check(offer, analyser.analyse(offer).flags());
        String flags =
                hits.stream()
                        .map(h -> "🚩 " + Html.escape(h.title().in(lang)))
                        .collect(Collectors.joining(", "));
        StringBuilder html = new StringBuilder();
        if (aspect == FollowUpQuestion.Aspect.PUSHBACK) {
            return List.of(pushedBack(lang, offer, hits, flags));
        }
        if (aspect == FollowUpQuestion.Aspect.TRY) {
            html.append(
                    hits.isEmpty()
                            ? texts.get(lang, "context.offer.try.none")
                            : texts.get(lang, "context.offer.try.flags", hits.size(), flags));
        } else if (aspect == FollowUpQuestion.Aspect.COST) {
            html.append(texts.get(lang, "context.offer.lead"));
            if (hits.stream().anyMatch(h -> h.flagId().equals("upfront-fees"))) {
                html.append(' ').append(texts.get(lang, "context.offer.fee"));
            }
        } else {
            html.append(
                    hits.isEmpty()
                            ? texts.get(lang, "context.offer.legal.none")
                            : texts.get(lang, "context.offer.legal.flags", hits.size(), flags));
        }
        if (aspect != FollowUpQuestion.Aspect.COST) {
            html.append("\n\n").append(texts.get(lang, "offer.questions"));
            html.append("\n\n").append(texts.get(lang, "context.offer.legal.check"));
        }
        List<List<Reply.Button>> rows = OfferCheck.offerRows(texts, lang);
        rows.add(List.of(menus.backButton(lang)));
        List<Reply> out = new ArrayList<>();
        out.add(Reply.withButtons(html.toString(), rows));
        if (aspect == FollowUpQuestion.Aspect.COST) {
            out.addAll(replies.answer(ASPECT_TOPICS.get(aspect), lang).orElse(List.of()));
        }
        return out;
    }

    /** Countries Indonesia has no placement agreement with, named in an offer (FACTS 12.5). */
    private static final java.util.regex.Pattern NO_PLACEMENT =
            java.util.regex.Pattern.compile(
                    "\\b(kamboja|cambodia|kemboja|phnom penh|poipet|sihanoukville|myanmar|burma"
                            + "|myawaddy|thailand|thai|bangkok|mae sot|laos)\\b");

    /**
     * "tapi teman sa su di sana 1 tahun aman2 sa": a friend's good story does not make this offer
     * safe (people are drawn in by those close to them, FACTS §6); the offer's signs still stand; a
     * country with no placement agreement is named as such (FACTS 12.4, 12.5); check with BP3MI or
     * the Disnaker and do not force yourself to go (FACTS 12.12).
     */
    private Reply pushedBack(String lang, String offer, List<RedFlagHit> hits, String flags) {
        StringBuilder html = new StringBuilder(texts.get(lang, "context.offer.pushback"));
        if (!hits.isEmpty()) {
            html.append("\n\n")
                    .append(texts.get(lang, "context.offer.pushback.flags", hits.size(), flags));
        }
        if (NO_PLACEMENT.matcher(offer.toLowerCase(java.util.Locale.ROOT)).find()) {
            html.append("\n\n").append(texts.get(lang, "context.offer.pushback.noplacement"));
        }
        html.append("\n\n").append(texts.get(lang, "context.offer.pushback.check"));
        List<List<Reply.Button>> rows = OfferCheck.offerRows(texts, lang);
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(html.toString(), rows);
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
