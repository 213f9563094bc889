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
 * @param countsAs the topic of the evaluation sets' labels whose questions this topic answers
 *     (content {@code counts_as}), or empty when the topic is itself such a label: a narrower topic
 *     split off a broader one ("death-abroad" from "family-abroad") counts as that one, so figures
 *     measured on sets labelled before the split stay comparable
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
        Localized label,
        String countsAs) {

    public Topic {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        countsAs = countsAs == null ? "" : countsAs;
    }

    /** This topic with {@code phrasings} as its questions. */
    public Topic withQuestions(Phrasings phrasings) {
        return new Topic(
                file,
                id,
                title,
                phrasings,
                answer,
                more,
                sources,
                lastReviewed,
                related,
                label,
                countsAs);
    }

    /** The evaluation label this topic's answers count as: {@link #countsAs}, or its own id. */
    public String evaluationLabel() {
        return countsAs.isEmpty() ? id : countsAs;
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
