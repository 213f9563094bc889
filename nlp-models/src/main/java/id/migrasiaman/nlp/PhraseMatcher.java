package id.migrasiaman.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in a token list, longest match first, left to right, without overlaps; so
 * "kupang timur" is one kecamatan and not also the city of Kupang.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseMatcher<V> {

    private final Map<String, List<V>> phrases = new HashMap<>();
    private int longest = 1;

    /** Adds a phrase (tokens separated by single spaces) standing for {@code value}. */
    PhraseMatcher<V> add(String phrase, V value) {
        String key = phrase.strip();
        if (key.isEmpty()) {
            return this;
        }
        phrases.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        longest = Math.max(longest, key.split(" ").length);
        return this;
    }

    /** The values of every phrase found in {@code tokens}, in text order. */
    List<V> find(List<String> tokens) {
        List<V> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                List<V> values = phrases.get(String.join(" ", tokens.subList(i, i + n)));
                if (values != null) {
                    found.addAll(values);
                    matched = n;
                }
            }
            i += Math.max(matched, 1);
        }
        return found;
    }
}
