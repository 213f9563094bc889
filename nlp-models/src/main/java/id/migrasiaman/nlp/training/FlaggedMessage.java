package id.migrasiaman.nlp.training;

import java.util.Set;

/**
 * One line of the flag corpus: an offer (or any message) and the red flags it shows.
 *
 * @param language the language, from the file name ({@code id}, {@code mkn}, {@code en})
 * @param flags the ids of {@code content/red-flags.yml} it shows; empty for {@code none}
 * @param text the message
 */
public record FlaggedMessage(String language, Set<String> flags, String text) {

    public FlaggedMessage {
        flags = Set.copyOf(flags);
    }
}
