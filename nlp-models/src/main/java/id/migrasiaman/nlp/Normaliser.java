package id.migrasiaman.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises user text the same way for training, classification and retrieval: accents folded and
 * lower-cased; punctuation dropped; stretched letters squashed ("tolongggg" to "tolong"); phone
 * numbers, rupiah amounts and other numbers replaced by {@value #PHONE}, {@value #MONEY} and
 * {@value #NUMBER}; chat abbreviations and Kupang Malay mapped to standard Indonesian with the
 * editable lexicons {@code lexicon/chat.tsv} and {@code lexicon/kupang.tsv}.
 *
 * <p>Instances are cheap and thread-safe; the lexicons are loaded once per class loader.
 */
public final class Normaliser {

    /** Placeholder for a telephone number. */
    public static final String PHONE = "phonetok";

    /** Placeholder for an amount of money. */
    public static final String MONEY = "moneytok";

    /** Placeholder for any other number. */
    public static final String NUMBER = "numtok";

    private final PhoneFinder phones = new PhoneFinder();
    private final MoneyParser money = new MoneyParser();

    /** Returns the normalised text: its {@link #tokens(String)} joined by single spaces. */
    public String normalise(String text) {
        return String.join(" ", tokens(text));
    }

    /** Returns the normalised tokens of {@code text}, applying every lexicon. */
    public List<String> tokens(String text) {
        return tokens(text, true);
    }

    /**
     * Returns the normalised tokens of a message in a known language. English keeps its own words,
     * because the Indonesian lexicons would misread words such as "son", "do" or "no".
     *
     * @param language {@code id}, {@code mkn} or {@code en}
     */
    public List<String> tokens(String text, String language) {
        return tokens(text, !"en".equals(language));
    }

    private List<String> tokens(String text, boolean lexicons) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = Folding.fold(text);
        String marked = Placeholders.mark(folded, phones.find(folded), money.find(folded));
        List<String> tokens = new ArrayList<>();
        for (String raw : Folding.words(marked)) {
            Words.normalise(raw, lexicons, tokens);
        }
        return tokens;
    }
}
