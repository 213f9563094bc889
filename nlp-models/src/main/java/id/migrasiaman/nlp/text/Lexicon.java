package id.migrasiaman.nlp.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The word-replacement lexicons: for Indonesian and Kupang Malay, chat abbreviations and Kupang
 * words merged; for English, the English-to-Indonesian glossary.
 */
public final class Lexicon {

    static final String CHAT = "chat.tsv";
    static final String KUPANG = "kupang.tsv";
    static final String ENGLISH = "english.tsv";

    private Lexicon() {}

    /** Each word mapped to its replacement tokens (an empty array drops the word). */
    public static Map<String, String[]> merged() {
        Map<String, String[]> merged = new HashMap<>();
        add(merged, CHAT);
        add(merged, KUPANG);
        return Map.copyOf(merged);
    }

    /** Kupang Malay words mapped to their Indonesian tokens. */
    public static Map<String, String[]> kupang() {
        Map<String, String[]> kupang = new HashMap<>();
        add(kupang, KUPANG);
        return Map.copyOf(kupang);
    }

    /** English words mapped to their Indonesian tokens. */
    public static Map<String, String[]> english() {
        Map<String, String[]> english = new HashMap<>();
        add(english, ENGLISH);
        return Map.copyOf(english);
    }

    private static void add(Map<String, String[]> merged, String file) {
        Lexicons.map(file)
                .forEach(
                        (word, replacement) -> {
                            String[] tokens =
                                    replacement.isBlank()
                                            ? new String[0]
                                            : replacement.strip().split("\\s+");
                            if (merged.putIfAbsent(word, tokens) != null) {
                                throw new IllegalStateException(
                                        file + ": " + word + " is already in another lexicon");
                            }
                        });
    }
}
