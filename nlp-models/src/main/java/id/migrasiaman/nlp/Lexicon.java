package id.migrasiaman.nlp;

import java.util.HashMap;
import java.util.Map;

/** The word-replacement lexicons, merged: chat abbreviations first, then Kupang Malay. */
final class Lexicon {

    static final String CHAT = "chat.tsv";
    static final String KUPANG = "kupang.tsv";

    private Lexicon() {}

    /** Each word mapped to its replacement tokens (an empty array drops the word). */
    static Map<String, String[]> merged() {
        Map<String, String[]> merged = new HashMap<>();
        add(merged, CHAT);
        add(merged, KUPANG);
        return Map.copyOf(merged);
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
