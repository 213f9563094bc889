package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;
import java.util.List;

/**
 * One curated topic, read from {@code topics/<id>.yml}.
 *
 * @param file the file it came from, relative to the content directory
 * @param more the longer text behind the "more" button, {@link Localized#NONE} when absent
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
        List<String> related) {

    public Topic {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    boolean hasMore() {
        return !more.isEmpty();
    }
}
