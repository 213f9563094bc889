package id.migrasiaman.knowledge.lint;

import id.migrasiaman.conversation.html.TelegramHtml;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Problem;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.knowledge.live.AnswerRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-topic rules: required topics, enough phrasings, answer size and markup, a first answer that
 * fits one phone screen, short button labels, related ids.
 */
final class TopicRules {

    static final int ANSWER_LIMIT = 1500;
    static final int MORE_LIMIT = 1500;

    /** The first answer fits one phone screen; the rest belongs in "more". */
    static final int SCREEN_CHARACTERS = 500;

    static final int SCREEN_LINES = 15;

    /** Telegram cuts longer button texts on a phone. */
    static final int LABEL_LIMIT = 30;

    static final Map<String, Integer> MIN_PHRASINGS = Map.of("id", 10, "mkn", 3, "en", 3);

    private TopicRules() {}

    static void check(ContentSet content, List<Problem> problems) {
        Map<String, Topic> byId = content.topicsById();
        for (String id : ContentValidator.REQUIRED_TOPICS) {
            if (!byId.containsKey(id)) {
                problems.add(new Problem("topics/" + id + ".yml", "required topic is missing"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (Topic topic : content.topics()) {
            if (!topic.id().isEmpty() && !seen.add(topic.id())) {
                problems.add(new Problem(topic.file(), "id '" + topic.id() + "' is used twice"));
            }
            checkTopic(topic, byId.keySet(), problems);
        }
    }

    private static void checkTopic(Topic topic, Set<String> ids, List<Problem> problems) {
        String expectedFile = "topics/" + topic.id() + ".yml";
        if (!topic.id().isEmpty() && !topic.file().equals(expectedFile)) {
            problems.add(
                    new Problem(
                            topic.file(),
                            "id '" + topic.id() + "' needs the file name " + expectedFile));
        }
        checkPhrasingCounts(topic, problems);
        checkTitle(topic, problems);
        checkText(topic, "answer", topic.answer(), ANSWER_LIMIT, problems);
        checkScreen(topic, problems);
        checkText(topic, "more", topic.more(), MORE_LIMIT, problems);
        checkRendering(topic, problems);
        checkCountsAs(topic, ids, problems);
        for (String related : topic.related()) {
            if (related.equals(topic.id()) || !ids.contains(related)) {
                problems.add(
                        new Problem(
                                topic.file(),
                                "related '"
                                        + related
                                        + "' "
                                        + (related.equals(topic.id())
                                                ? "is the topic itself"
                                                : "is not a topic")));
            }
        }
    }

    /**
     * {@code counts_as} names one of the required topics (the labels of the evaluation sets), never
     * the topic itself.
     */
    private static void checkCountsAs(Topic topic, Set<String> ids, List<Problem> problems) {
        String label = topic.countsAs();
        if (label.isEmpty()) {
            return;
        }
        if (label.equals(topic.id())
                || !ids.contains(label)
                || !ContentValidator.REQUIRED_TOPICS.contains(label)) {
            problems.add(
                    new Problem(
                            topic.file(),
                            "counts_as '"
                                    + label
                                    + "' must be a required topic (an evaluation label) other than"
                                    + " the topic itself"));
        }
    }

    private static void checkPhrasingCounts(Topic topic, List<Problem> problems) {
        for (String language : Phrasings.LANGUAGES) {
            int count = topic.questions().in(language).size();
            int min = MIN_PHRASINGS.get(language);
            if (count < min) {
                problems.add(
                        new Problem(
                                topic.file(),
                                "questions."
                                        + language
                                        + " has "
                                        + count
                                        + " phrasings, at least "
                                        + min
                                        + " required"));
            }
        }
    }

    private static void checkText(
            Topic topic, String field, Localized text, int limit, List<Problem> problems) {
        for (String language : List.of("id", "en")) {
            String html = text.in(language);
            String path = field + "." + language;
            TelegramHtml.problems(html)
                    .forEach(p -> problems.add(new Problem(topic.file(), path + ": " + p)));
            int length = TelegramHtml.plainText(html).length();
            if (length > limit) {
                problems.add(
                        new Problem(
                                topic.file(),
                                path + " is " + length + " characters, limit " + limit));
            }
        }
    }

    /** Telegram rejects a message over 4096 characters; a part that long cannot be sent. */
    private static void checkRendering(Topic topic, List<Problem> problems) {
        for (String language : List.of("id", "en")) {
            Answer answer = AnswerRenderer.render(topic, language, Map.of());
            for (List<String> parts : List.of(answer.parts(), answer.moreParts())) {
                parts.stream()
                        .filter(part -> part.length() > Answer.PART_LIMIT)
                        .forEach(
                                part ->
                                        problems.add(
                                                new Problem(
                                                        topic.file(),
                                                        "a line in "
                                                                + language
                                                                + " renders to a message of "
                                                                + part.length()
                                                                + " characters, limit "
                                                                + Answer.PART_LIMIT)));
            }
        }
    }

    /** Titles and labels become button texts, which Telegram shows as plain text. */
    private static void checkTitle(Topic topic, List<Problem> problems) {
        for (String language : List.of("id", "en")) {
            for (String field : List.of("title", "label")) {
                Localized text = field.equals("title") ? topic.title() : topic.label();
                if (text.in(language).matches("(?s).*<[a-zA-Z/].*")) {
                    problems.add(
                            new Problem(
                                    topic.file(),
                                    field + "." + language + " must be plain text, without tags"));
                }
            }
            int length = topic.buttonLabel(language).length();
            if (length > LABEL_LIMIT) {
                String field = topic.label().isEmpty() ? "title" : "label";
                problems.add(
                        new Problem(
                                topic.file(),
                                field
                                        + "."
                                        + language
                                        + " is "
                                        + length
                                        + " characters, too long for a button (limit "
                                        + LABEL_LIMIT
                                        + "): add or shorten label."
                                        + language));
            }
        }
    }

    /** The first message must be readable without scrolling: at most 500 characters, 15 lines. */
    private static void checkScreen(Topic topic, List<Problem> problems) {
        for (String language : List.of("id", "en")) {
            String text = TelegramHtml.plainText(topic.answer().in(language)).strip();
            int lines = text.isEmpty() ? 0 : text.split("\n", -1).length;
            if (text.length() > SCREEN_CHARACTERS || lines > SCREEN_LINES) {
                problems.add(
                        new Problem(
                                topic.file(),
                                "answer."
                                        + language
                                        + " is "
                                        + text.length()
                                        + " characters and "
                                        + lines
                                        + " lines, more than one phone screen ("
                                        + SCREEN_CHARACTERS
                                        + " characters, "
                                        + SCREEN_LINES
                                        + " lines): move the rest to more."
                                        + language));
            }
        }
    }
}
