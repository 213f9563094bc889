package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;
import java.util.List;

/**
 * One curated topic, read from {@code topics/<id>.yml}.
 *
 * @param file the file it came from, relative to the content directory
 * @param more the longer text behind the "more" button, {@link Localized#NONE} when absent
 * @param label the short button text, {@link Localized#NONE} when the title is short enough
 */
public record Topic(
        String file,
        String id,
        Localized title,
        Phrasings questions,
        Localized answer,
        Localized more,
        List<Source> sources,
        String lastReviewed,
        List<String> related,
        Localized label) {

    public Topic {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    /** A topic without a separate button label. */
    public Topic(
            String file,
            String id,
            Localized title,
            Phrasings questions,
            Localized answer,
            Localized more,
            List<Source> sources,
            String lastReviewed,
            List<String> related) {
        this(
                file,
                id,
                title,
                questions,
                answer,
                more,
                sources,
                lastReviewed,
                related,
                Localized.NONE);
    }

    /** What a button offering this topic says: the label, or the title when there is none. */
    public String buttonLabel(String language) {
        String text = label.in(language);
        return text.isEmpty() ? title.in(language) : text;
    }

    boolean hasMore() {
        return !more.isEmpty();
    }
}
