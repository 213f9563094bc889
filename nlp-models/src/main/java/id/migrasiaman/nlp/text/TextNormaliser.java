package id.migrasiaman.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Normalises user text the same way for training, classification and retrieval: accents folded and
 * lower-cased; punctuation dropped; stretched letters squashed ("tolongggg" to "tolong"); phone
 * numbers, rupiah amounts and other numbers replaced by {@value #PHONE}, {@value #MONEY} and
 * {@value #NUMBER}; chat abbreviations and Kupang Malay mapped to standard Indonesian with the
 * editable lexicons {@code lexicon/chat.tsv} and {@code lexicon/kupang.tsv}. Every step is linear
 * in the length of the text.
 *
 * <p>Instances are cheap and thread-safe; the lexicons are loaded once per class loader.
 */
public final class TextNormaliser {

    /** Placeholder for a telephone number. */
    public static final String PHONE = "phonetok";

    /** Placeholder for an amount of money. */
    public static final String MONEY = "moneytok";

    /** Placeholder for any other number. */
    public static final String NUMBER = "numtok";

    private final PhoneFinder phones = new PhoneFinder();
    private final MoneyParser money = new MoneyParser();

    /**
     * Returns the normalised tokens of a message in a known language. English goes through the
     * English-to-Indonesian glossary {@code lexicon/english.tsv} instead, because the Indonesian
     * lexicons would misread English words such as "son", "do" or "no".
     *
     * @param language {@code id}, {@code mkn} or {@code en}
     */
    public List<String> tokens(String text, String language) {
        return tokens(prepare(text), language);
    }

    /** The tokens without any lexicon: folded, squashed, placeholders; for language detection. */
    public List<String> plainTokens(String text) {
        return plainTokens(prepare(text));
    }

    /** Folds the text and marks phones and amounts, once for all the analyses of a message. */
    public PreparedText prepare(String text) {
        if (text == null || text.isEmpty()) {
            return PreparedText.EMPTY;
        }
        String folded = Folding.fold(text);
        List<PhoneFinder.Phone> phoneList = phones.find(folded);
        List<MoneyParser.Amount> amounts = money.find(folded);
        String marked = Placeholders.mark(folded, phoneList, amounts);
        return new PreparedText(phoneList, amounts, Folding.words(marked));
    }

    /** The normalised tokens of a prepared message in {@code language}. */
    public List<String> tokens(PreparedText prepared, String language) {
        return tokens(prepared, "en".equals(language) ? Words.ENGLISH : Words.INDONESIAN);
    }

    /** The tokens of a prepared message without any lexicon. */
    public List<String> plainTokens(PreparedText prepared) {
        return tokens(prepared, Map.of());
    }

    private static List<String> tokens(PreparedText prepared, Map<String, String[]> lexicon) {
        List<String> tokens = new ArrayList<>(prepared.words().size() + 4);
        for (String raw : prepared.words()) {
            Words.normalise(raw, lexicon, tokens);
        }
        return tokens;
    }
}
