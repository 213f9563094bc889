package id.migrasiaman.answers;

import id.migrasiaman.conversation.Html;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.choices.Destination;
import id.migrasiaman.conversation.flows.Recall;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Answers;
import id.migrasiaman.knowledge.Source;
import id.migrasiaman.nlp.Analysis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A topic's answer as messages: title and answer (split if long), the sources line, then buttons
 * for "more", related topics, and "was this helpful? 👍 👎".
 */
@Component
class AnswerReplies {

    static final String TOPIC = "t:";
    static final String MORE = "more:";
    static final String FEEDBACK = "fb:";

    private static final String RIGHTS = "rights-abroad";
    private static final String MALAYSIA = "MY";
    private static final String HELP_ABROAD = "help-abroad";

    /** The rights card's sources of what its text for another country keeps (FACTS 5, 11, 13). */
    private static final List<String> ELSEWHERE_KEPT =
            List.of(
                    "https://peduliwni.kemlu.go.id",
                    "https://international.sindonews.com/berita/1295570/40/mengenal-safe-travel-aplikasi-penolong-warga-indonesia-di-luar-negeri",
                    "https://mediamasakini.id/respons-pernyataan-presiden-kp2mi-pastikan-lindungi-pekerja-migran");

    /** One answer with a button to the topic that says more, and the way back to the menu. */
    static Reply withTopic(String html, String label, String topicId, Reply.Button back) {
        return Reply.withButtons(
                html, List.of(List.of(new Reply.Button(label, TOPIC + topicId)), List.of(back)));
    }

    private final Answers answers;
    private final Texts texts;
    private final Menus menus;

    AnswerReplies(Answers answers, Texts texts, Menus menus) {
        this.answers = answers;
        this.texts = texts;
        this.menus = menus;
    }

    /** The title of {@code topicId} as the bold first line of an answer, or "" for none. */
    String titleLine(String topicId, String lang) {
        return answers.answer(topicId, lang)
                .map(a -> "<b>" + Html.escape(a.title()) + "</b>\n")
                .orElse("");
    }

    /**
     * A short answer about help lines abroad ({@code html}) with the button to the help-abroad
     * topic and the way back: what {@link HelplineAsked} and {@link CountriesHotlines} send.
     */
    Reply helpAbroadLine(String html, String lang) {
        return withTopic(
                html, texts.get(lang, "helpline.more"), HELP_ABROAD, menus.backButton(lang));
    }

    /** The answer of {@code topicId}, or empty for an unknown topic. */
    Optional<List<Reply>> answer(String topicId, String lang) {
        return answers.answer(topicId, lang).map(a -> render(a, a.parts(), true, lang));
    }

    /** The longer text of {@code topicId}. */
    Optional<List<Reply>> more(String topicId, String lang) {
        return answers.answer(topicId, lang)
                .filter(Answer::hasMore)
                .map(a -> render(a, a.moreParts(), false, lang));
    }

    /**
     * The answer of {@code topicId} to a question typed at {@code now}. When that topic was just
     * answered, its card again would say nothing new ("itu blok sy ko?" after the deportee's card
     * sent the same card twice, chat trial round 15): what the card did not say, its longer text,
     * comes instead, marked as still about that topic. A topic with nothing more gets its card.
     */
    Optional<List<Reply>> answerTo(Turn turn, String topicId, Instant now) {
        return answerTo(turn, Abroad.country(turn), topicId, now);
    }

    /**
     * As {@link #answerTo(Turn, String, Instant)} for a question read as {@code analysis}: a card
     * that depends on the country is for the one the question names when the person's own
     * whereabouts are unknown ({@link Abroad#country(Turn, Analysis)}).
     */
    Optional<List<Reply>> answerTo(Turn turn, Analysis analysis, String topicId, Instant now) {
        return answerTo(turn, Abroad.country(turn, analysis), topicId, now);
    }

    private Optional<List<Reply>> answerTo(
            Turn turn, Optional<String> country, String topicId, Instant now) {
        String lang = turn.language();
        boolean justAnswered =
                AnswerContext.recall(turn.state(), now)
                        .filter(r -> r.kind() == Recall.Kind.TOPIC)
                        .filter(r -> r.topicId().equals(topicId))
                        .isPresent();
        Optional<List<Reply>> rest =
                justAnswered
                        ? answers.answer(topicId, lang)
                                .filter(Answer::hasMore)
                                .map(a -> render(a, a.moreParts(), false, lang, againLead(a, lang)))
                        : Optional.empty();
        return rest.isPresent() ? rest : answer(turn, topicId, country);
    }

    /**
     * The answer of {@code topicId} for the person of {@code turn}: the rights-abroad card names
     * Malaysia's rules (its sources hold no other country's), so a worker who said she is in
     * another country gets "not in our sources, Malaysia's rules do not apply there" and whom to
     * ask there (FACTS §11) instead of the card, with its "more" (which names its Malaysian rules
     * as Malaysia's) and the sources of what it says.
     */
    Optional<List<Reply>> answer(Turn turn, String topicId) {
        return answer(turn, topicId, Abroad.country(turn));
    }

    private Optional<List<Reply>> answer(Turn turn, String topicId, Optional<String> where) {
        String lang = turn.language();
        Optional<String> elsewhere =
                where.filter(c -> RIGHTS.equals(topicId) && !MALAYSIA.equals(c));
        if (elsewhere.isEmpty()) {
            return answer(topicId, lang);
        }
        String country = elsewhere.get();
        String part =
                texts.get(
                        lang,
                        "rights.elsewhere",
                        Destination.name(country, lang),
                        Abroad.mission(texts, lang, country));
        return answers.answer(topicId, lang)
                .map(a -> render(elsewhere(a, country, lang), List.of(part), true, lang));
    }

    /**
     * The rights card for a worker in {@code country}: its "more" as for anyone, and as sources
     * those its text comes from: the country's mission line (FACTS §11, cited by the help-abroad
     * topic) and the card's own for lapor diri, Safe Travel and KP2MI's numbers, not its Malaysian
     * rules'.
     */
    private Answer elsewhere(Answer rights, String country, String lang) {
        Map<String, Source> byUrl = new LinkedHashMap<>();
        answers.answer(HELP_ABROAD, lang)
                .ifPresent(h -> h.sources().forEach(s -> byUrl.put(s.url(), s)));
        rights.sources().forEach(s -> byUrl.put(s.url(), s));
        List<Source> sources =
                Stream.concat(Abroad.missionSources(country).stream(), ELSEWHERE_KEPT.stream())
                        .map(byUrl::get)
                        .filter(Objects::nonNull)
                        .toList();
        return new Answer(
                rights.topicId(),
                rights.language(),
                rights.title(),
                rights.parts(),
                rights.moreParts(),
                rights.related(),
                sources,
                rights.label());
    }

    /** All topics as buttons, two a row. */
    Reply topicMenu(String lang, String introKey) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        List<Reply.Button> row = new ArrayList<>();
        for (String id : answers.topicIds()) {
            answers.answer(id, lang)
                    .ifPresent(a -> row.add(new Reply.Button(a.label(), TOPIC + id)));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        rows.add(List.of(new Reply.Button(texts.get(lang, "offer.stories"), "s:read:0")));
        rows.add(List.of(menus.backButton(lang)));
        return Reply.withButtons(texts.get(lang, introKey), rows);
    }

    /**
     * An abstention with no topic near it: the text and two buttons (all topics, the main menu),
     * not the whole topic list (thirty buttons are several phone screens).
     */
    Reply abstained(String lang) {
        return Reply.withButtons(
                texts.get(lang, "answer.abstain"),
                List.of(
                        List.of(
                                new Reply.Button(texts.get(lang, "answer.topics"), "m:learn"),
                                menus.backButton(lang))));
    }

    /** After an abstention: {@code topicIds} one a row, then "other topics" and the main menu. */
    Reply suggestions(String lang, List<String> topicIds) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        for (String id : topicIds) {
            answers.answer(id, lang)
                    .ifPresent(a -> rows.add(List.of(new Reply.Button(a.label(), TOPIC + id))));
        }
        rows.add(
                List.of(
                        new Reply.Button(texts.get(lang, "answer.topics"), "m:learn"),
                        menus.backButton(lang)));
        return Reply.withButtons(texts.get(lang, "answer.abstain.near"), rows);
    }

    private List<Reply> render(Answer answer, List<String> parts, boolean offerMore, String lang) {
        return render(
                answer, parts, offerMore, lang, "<b>" + Html.escape(answer.title()) + "</b>\n\n");
    }

    private String againLead(Answer answer, String lang) {
        return texts.get(lang, "answer.again", "<b>" + Html.escape(answer.title()) + "</b>")
                + "\n\n";
    }

    private List<Reply> render(
            Answer answer, List<String> parts, boolean offerMore, String lang, String lead) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String body = (i == 0 ? lead : "") + parts.get(i);
            if (i == parts.size() - 1) {
                body += answer.sourcesLine().isEmpty() ? "" : "\n\n" + answer.sourcesLine();
                body += "\n\n" + texts.get(lang, "answer.helpful");
                replies.add(Reply.withButtons(body, buttons(answer, offerMore, lang)));
            } else {
                replies.add(Reply.text(body));
            }
        }
        return replies;
    }

    private List<List<Reply.Button>> buttons(Answer answer, boolean offerMore, String lang) {
        List<List<Reply.Button>> rows = new ArrayList<>();
        rows.add(
                List.of(
                        new Reply.Button("👍", FEEDBACK + answer.topicId() + ":up"),
                        new Reply.Button("👎", FEEDBACK + answer.topicId() + ":down")));
        if (offerMore && answer.hasMore()) {
            rows.add(
                    List.of(
                            new Reply.Button(
                                    texts.get(lang, "answer.more"), MORE + answer.topicId())));
        }
        answer.related().stream()
                .limit(3)
                .forEach(
                        r ->
                                rows.add(
                                        List.of(
                                                new Reply.Button(
                                                        "➡️ " + r.title(), TOPIC + r.topicId()))));
        rows.add(
                List.of(
                        new Reply.Button(texts.get(lang, "answer.topics"), "m:learn"),
                        menus.backButton(lang)));
        return rows;
    }
}
