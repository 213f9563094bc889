package id.migrasiaman.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Returns the normalised tokens of {@code text}, read as Indonesian or Kupang Malay. */
    public List<String> tokens(String text) {
        return tokens(text, Words.INDONESIAN);
    }

    /**
     * Returns the normalised tokens of a message in a known language. English goes through the
     * English-to-Indonesian glossary {@code lexicon/english.tsv} instead, because the Indonesian
     * lexicons would misread English words such as "son", "do" or "no".
     *
     * @param language {@code id}, {@code mkn} or {@code en}
     */
    public List<String> tokens(String text, String language) {
        return tokens(text, "en".equals(language) ? Words.ENGLISH : Words.INDONESIAN);
    }

    /** The tokens without any lexicon: folded, squashed, placeholders; for language detection. */
    List<String> plainTokens(String text) {
        return tokens(prepare(text), Map.of());
    }

    /** Folds the text and marks phones and amounts, once for all the analyses of a message. */
    Prepared prepare(String text) {
        if (text == null || text.isEmpty()) {
            return Prepared.EMPTY;
        }
        String folded = Folding.fold(text);
        List<PhoneFinder.Phone> phoneList = phones.find(folded);
        List<MoneyParser.Amount> amounts = money.find(folded);
        String marked = Placeholders.mark(folded, phoneList, amounts);
        return new Prepared(phoneList, amounts, Folding.words(marked));
    }

    List<String> tokens(Prepared prepared, String language) {
        return tokens(prepared, "en".equals(language) ? Words.ENGLISH : Words.INDONESIAN);
    }

    List<String> plainTokens(Prepared prepared) {
        return tokens(prepared, Map.of());
    }

    private List<String> tokens(String text, Map<String, String[]> lexicon) {
        return tokens(prepare(text), lexicon);
    }

    private static List<String> tokens(Prepared prepared, Map<String, String[]> lexicon) {
        List<String> tokens = new ArrayList<>(prepared.words().size() + 4);
        for (String raw : prepared.words()) {
            Words.normalise(raw, lexicon, tokens);
        }
        return tokens;
    }

    /**
     * A message folded, with its phones and amounts found and replaced by placeholders, split into
     * words; no lexicon applied yet.
     */
    record Prepared(
            List<PhoneFinder.Phone> phones, List<MoneyParser.Amount> amounts, List<String> words) {
        static final Prepared EMPTY = new Prepared(List.of(), List.of(), List.of());
    }
}
