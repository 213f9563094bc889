package id.migrasiaman.nlp.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases in a token list, longest match first, left to right, without overlaps; so
 * "kupang timur" is one kecamatan and not also the city of Kupang. A word trie: matching costs a
 * few hash lookups per token and allocates nothing but the result.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        private final Map<String, Node<V>> next = new HashMap<>();
        private final List<V> values = new ArrayList<>(1);
    }

    /** Adds a phrase (tokens separated by single spaces) standing for {@code value}. */
    public PhraseMatcher<V> add(String phrase, V value) {
        String key = phrase.strip();
        if (key.isEmpty()) {
            return this;
        }
        Node<V> node = root;
        for (String token : key.split(" +")) {
            node = node.next.computeIfAbsent(token, t -> new Node<>());
        }
        node.values.add(value);
        return this;
    }

    /** The values of every phrase found in {@code tokens}, in text order. */
    public List<V> find(List<String> tokens) {
        List<V> found = new ArrayList<>(2);
        forEach(tokens, (value, at) -> found.add(value));
        return found.isEmpty() ? List.of() : found;
    }

    /** Hands every phrase found to {@code found} with the index of its first token, in order. */
    public void forEach(List<String> tokens, java.util.function.ObjIntConsumer<V> found) {
        int i = 0;
        while (i < tokens.size()) {
            Node<V> node = root;
            Node<V> matched = null;
            int length = 0;
            for (int j = i; j < tokens.size(); j++) {
                node = node.next.get(tokens.get(j));
                if (node == null) {
                    break;
                }
                if (!node.values.isEmpty()) {
                    matched = node;
                    length = j - i + 1;
                }
            }
            if (matched == null) {
                i++;
                continue;
            }
            for (V value : matched.values) {
                found.accept(value, i);
            }
            i += length;
        }
    }
}
