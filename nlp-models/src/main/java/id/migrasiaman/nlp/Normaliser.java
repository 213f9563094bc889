package id.migrasiaman.nlp;

import java.util.Locale;

/**
 * Normalises user text before classification and retrieval: lower-case, collapse whitespace. The
 * full mapping (chat abbreviations, Kupang Malay) lives in the lexicon-backed implementation.
 */
public final class Normaliser {

    /** Returns the normalised form of {@code text}. */
    public String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
