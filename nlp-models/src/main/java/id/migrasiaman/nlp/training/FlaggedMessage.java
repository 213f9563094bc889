package id.migrasiaman.nlp.training;

import java.util.Set;

/**
 * One line of the flag corpus: an offer (or any message) and the red flags it shows.
 *
 * @param language the language, from the file name ({@code id}, {@code mkn}, {@code en})
 * @param flags the ids of {@code content/red-flags.yml} it shows; empty for {@code none}
 * @param text the message
 * @param unlabelled flag ids its writer did not know (a spent evaluation set written before the
 *     flag existed): the message is neither a yes nor a no for those flags' models
 */
public record FlaggedMessage(
        String language, Set<String> flags, String text, Set<String> unlabelled) {

    public FlaggedMessage {
        flags = Set.copyOf(flags);
        unlabelled = Set.copyOf(unlabelled);
    }

    /** A message labelled for every flag. */
    public FlaggedMessage(String language, Set<String> flags, String text) {
        this(language, flags, text, Set.of());
    }

    /** Whether the message teaches the model of {@code flag} (a yes or a no). */
    public boolean labelledFor(String flag) {
        return !unlabelled.contains(flag);
    }
}
