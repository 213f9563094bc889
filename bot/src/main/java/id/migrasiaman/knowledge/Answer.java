package id.migrasiaman.knowledge;

import id.migrasiaman.knowledge.live.SourcesLine;
import java.util.List;

/**
 * A topic's answer, ready to send.
 *
 * @param topicId the topic
 * @param language {@code id} or {@code en}, the language of every text below
 * @param title the topic title, plain text (escape it before putting it in HTML)
 * @param parts the answer in Telegram HTML, one message per part (normally one), each at most
 *     {@link #PART_LIMIT} characters so a title and the sources line still fit
 * @param moreParts the longer text behind the "more" button, empty when there is none
 * @param related topics to offer as next questions
 * @param sources where the facts come from
 * @param label the short text for a button offering this topic (at most 30 characters)
 */
public record Answer(
        String topicId,
        String language,
        String title,
        List<String> parts,
        List<String> moreParts,
        List<Related> related,
        List<Source> sources,
        String label) {

    /** Telegram's limit of 4096 characters per message, less room for a title and sources. */
    public static final int PART_LIMIT = 3600;

    public Answer {
        parts = List.copyOf(parts);
        moreParts = List.copyOf(moreParts);
        related = List.copyOf(related);
        sources = List.copyOf(sources);
    }

    /** Whether there is a longer text for a "more" button. */
    public boolean hasMore() {
        return !moreParts.isEmpty();
    }

    /** A short HTML line naming up to three publishers, e.g. {@code Sumber: detik.com, ...}. */
    public String sourcesLine() {
        return SourcesLine.render(sources, language);
    }

    /**
     * A topic to suggest next.
     *
     * @param topicId its id
     * @param title its short button label, plain text
     */
    public record Related(String topicId, String title) {}
}
