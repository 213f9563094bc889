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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

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
        Set<String> subjects = subjects(text, topic.get());
        List<String> lines = linesAbout(topic.get(), aspect, subjects);
        if (!lines.isEmpty()) {
            return Optional.of(List.of(linesOf(topic.get(), lines, aspect, lang)));
        }
        if (!subjects.isEmpty()) {
            // "SKCK dimana buatnya?" after the fee card: the card names the SKCK's fee, not where
            // it is made; the topic that answers the follow-up on its own says where
            Optional<Answer> said = saidElsewhere(text, aspect, context.topicId(), lang);
            if (said.isPresent()) {
                List<String> saidLines = linesAbout(said.get(), aspect, subjects(text, said.get()));
                return Optional.of(List.of(linesOf(said.get(), saidLines, aspect, lang)));
            }
            Optional<Answer> own =
                    retrieval
                            .topicFor(text)
                            .filter(id -> !id.equals(context.topicId()))
                            .flatMap(id -> answers.answer(id, lang));
            if (own.isPresent()) {
                List<String> ownLines = linesAbout(own.get(), aspect, subjects(text, own.get()));
                if (!ownLines.isEmpty()) {
                    return Optional.of(List.of(linesOf(own.get(), ownLines, aspect, lang)));
                }
                // "Cara cek di SISKOP2MI bagaimana langkahnya?": its own topic, whole
                List<Reply> out = new ArrayList<>();
                out.add(
                        Reply.text(
                                texts.get(
                                        lang,
                                        "context.topic.lead",
                                        Html.escape(topic.get().title()))));
                out.addAll(replies.answer(own.get().topicId(), lang).orElse(List.of()));
                if (out.size() > 1) {
                    return Optional.of(out);
                }
            }
            lines = linesAbout(topic.get(), aspect, Set.of());
            if (!lines.isEmpty()) {
                return Optional.of(List.of(linesOf(topic.get(), lines, aspect, lang)));
            }
        }
        if (aspect == FollowUpQuestion.Aspect.TIME) {
            // No source says how long most steps take: saying so beats another topic's card
            return Optional.of(List.of(unsaid(topic.get(), aspect, lang)));
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

    /**
     * The other topic with the most lines where one sentence holds a subject of the follow-up and
     * speaks to its aspect ("SKCK … di Polres" in the documents topic), if any.
     */
    private Optional<Answer> saidElsewhere(
            String text, FollowUpQuestion.Aspect aspect, String current, String lang) {
        Answer best = null;
        int most = 0;
        for (String id : answers.topicIds()) {
            if (id.equals(current)) {
                continue;
            }
            Optional<Answer> other = answers.answer(id, lang);
            if (other.isEmpty()) {
                continue;
            }
            Set<String> subjects = subjects(text, other.get());
            int n = subjects.isEmpty() ? 0 : linesAbout(other.get(), aspect, subjects).size();
            if (n > most) {
                most = n;
                best = other.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The whole lines of {@code topic} (answer, then "more") that speak to {@code aspect}; when the
     * follow-up names {@code subjects}, only lines with a sentence that holds a subject and an
     * answering word ("SKCK … di Polres", not "SKCK …" in one sentence and "Disnaker" in the next).
     */
    private static List<String> linesAbout(
            Answer topic, FollowUpQuestion.Aspect aspect, Set<String> subjects) {
        return Stream.concat(topic.parts().stream(), topic.moreParts().stream())
                .flatMap(part -> part.lines())
                .map(line -> Html.toPlainText(line).strip())
                .filter(line -> !line.isEmpty() && aspect.answeredBy(line))
                .filter(line -> subjects.isEmpty() || aboutSubject(line, aspect, subjects))
                .limit(MAX_LINES)
                .toList();
    }

    private static boolean aboutSubject(
            String line, FollowUpQuestion.Aspect aspect, Set<String> subjects) {
        for (String sentence : SENTENCE_END.split(line)) {
            if (aspect.answeredBy(sentence) && !Collections.disjoint(words(sentence), subjects)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a follow-up that name a thing the topic speaks of ("skck" in "SKCK dimana
     * buatnya?"): at least four letters, not a word that asks an aspect, found in the topic.
     */
    private static Set<String> subjects(String text, Answer topic) {
        Set<String> topicWords = new HashSet<>();
        Stream.concat(topic.parts().stream(), topic.moreParts().stream())
                .map(Html::toPlainText)
                .forEach(t -> topicWords.addAll(words(t)));
        Set<String> subjects = new HashSet<>(words(text));
        subjects.removeIf(
                w ->
                        w.length() < 4
                                || FollowUpQuestion.Aspect.asking(w)
                                || !topicWords.contains(w));
        return subjects;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** That the topic's sources do not say {@code aspect}, and whom to ask. */
    private Reply unsaid(Answer topic, FollowUpQuestion.Aspect aspect, String lang) {
        String html =
                texts.get(
                        lang,
                        "context.topic.unsaid",
                        Html.escape(topic.title()),
                        texts.get(lang, "context.aspect." + aspect.name()));
        return Reply.withButtons(
                html,
                List.of(
                        List.of(
                                new Reply.Button(
                                        texts.get(lang, "context.topic.full", topic.title()),
                                        AnswerReplies.TOPIC + topic.topicId())),
                        List.of(menus.backButton(lang))));
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
