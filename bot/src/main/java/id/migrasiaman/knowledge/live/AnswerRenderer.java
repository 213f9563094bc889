package id.migrasiaman.knowledge.live;

import id.migrasiaman.conversation.html.TelegramHtml;
import id.migrasiaman.knowledge.Answer;
import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.content.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds an {@link Answer} from a topic, splitting long texts at line boundaries. */
public final class AnswerRenderer {

    private AnswerRenderer() {}

    /** The answer of {@code topic}; {@code titles} gives the titles of related topics. */
    public static Answer render(Topic topic, String language, Map<String, Localized> titles) {
        String lang = "en".equals(language) ? "en" : "id";
        List<Answer.Related> related =
                topic.related().stream()
                        .filter(titles::containsKey)
                        .map(id -> new Answer.Related(id, titles.get(id).in(lang)))
                        .toList();
        return new Answer(
                topic.id(),
                lang,
                topic.title().in(lang),
                split(topic.answer().in(lang)),
                split(topic.more().in(lang)),
                related,
                topic.sources(),
                topic.buttonLabel(lang));
    }

    /**
     * {@code html} cut into parts of at most {@link Answer#PART_LIMIT} characters, only at line
     * ends where no tag is open. A single longer line stays one (too long) part, which the lint
     * reports.
     */
    static List<String> split(String html) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : html.strip().split("\n")) {
            boolean fits = part.length() + 1 + line.length() <= Answer.PART_LIMIT;
            if (!fits && !part.isEmpty() && TelegramHtml.problems(part.toString()).isEmpty()) {
                parts.add(part.toString().strip());
                part.setLength(0);
            }
            part.append(part.isEmpty() ? "" : "\n").append(line);
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        return parts;
    }
}
