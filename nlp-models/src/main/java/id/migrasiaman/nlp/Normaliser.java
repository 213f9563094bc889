package id.migrasiaman.nlp;

import id.migrasiaman.nlp.text.TextNormaliser;
import java.util.List;

/**
 * Normalises user text the same way for training, classification and retrieval: accents folded and
 * lower-cased; punctuation dropped; stretched letters squashed ("tolongggg" to "tolong"); phone
 * numbers, rupiah amounts and other numbers replaced by {@value #PHONE}, {@value #MONEY} and
 * {@value #NUMBER}; chat abbreviations and Kupang Malay mapped to standard Indonesian with the
 * editable lexicons. Linear in the length of the text.
 *
 * <p>Instances are cheap and thread-safe; the lexicons are loaded once per class loader.
 */
public final class Normaliser {

    /** Placeholder for a telephone number. */
    public static final String PHONE = TextNormaliser.PHONE;

    /** Placeholder for an amount of money. */
    public static final String MONEY = TextNormaliser.MONEY;

    /** Placeholder for any other number. */
    public static final String NUMBER = TextNormaliser.NUMBER;

    private final TextNormaliser text = new TextNormaliser();

    /** Returns the normalised text: its {@link #tokens(String)} joined by single spaces. */
    public String normalise(String message) {
        return String.join(" ", tokens(message));
    }

    /** Returns the normalised tokens of {@code message}, read as Indonesian or Kupang Malay. */
    public List<String> tokens(String message) {
        return text.tokens(message, "id");
    }

    /**
     * Returns the normalised tokens of a message in a known language; English goes through the
     * English-to-Indonesian glossary instead of the Indonesian lexicons.
     *
     * @param language {@code id}, {@code mkn} or {@code en}
     */
    public List<String> tokens(String message, String language) {
        return text.tokens(message, language);
    }
}
