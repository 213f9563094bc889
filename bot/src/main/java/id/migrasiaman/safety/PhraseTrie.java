package id.migrasiaman.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Phrases of lower-case words joined by single spaces, as a trie walked straight from a text's
 * characters: {@link UrgencyScan} runs on every accepted update, and looking words up as strings
 * cost about 8 KB of garbage per update. The trie's edges are flat arrays (a node's labels sorted,
 * found by binary search), so a walk allocates nothing.
 */
final class PhraseTrie {

    static final int NOT_FOUND = 0;
    static final int FOUND = 1;

    /** The text holds a letter whose lower case depends on its word: ask the word-by-word scan. */
    static final int UNSURE = 2;

    private static final char WORD_GAP = ' ';
    private static final char CAPITAL_SIGMA = '\u03A3';
    private static final char CAPITAL_I_WITH_DOT = '\u0130';
    private static final char COMBINING_DOT = '\u0307';

    /** Node {@code n}'s edges are {@code labels[first[n]] .. labels[first[n + 1] - 1]}. */
    private final int[] first;

    private final char[] labels;
    private final int[] targets;
    private final boolean[] ends;

    private PhraseTrie(int[] first, char[] labels, int[] targets, boolean[] ends) {
        this.first = first;
        this.labels = labels;
        this.targets = targets;
        this.ends = ends;
    }

    static PhraseTrie of(Set<String> phrases) {
        List<Map<Character, Integer>> edges = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        edges.add(new TreeMap<>());
        ends.add(false);
        for (String phrase : phrases) {
            int node = 0;
            for (int i = 0; i < phrase.length(); i++) {
                Integer next = edges.get(node).get(phrase.charAt(i));
                if (next == null) {
                    next = edges.size();
                    edges.get(node).put(phrase.charAt(i), next);
                    edges.add(new TreeMap<>());
                    ends.add(false);
                }
                node = next;
            }
            ends.set(node, true);
        }
        return flatten(edges, ends);
    }

    private static PhraseTrie flatten(List<Map<Character, Integer>> edges, List<Boolean> ends) {
        int nodes = edges.size();
        int[] first = new int[nodes + 1];
        int count = edges.stream().mapToInt(Map::size).sum();
        char[] labels = new char[count];
        int[] targets = new int[count];
        boolean[] end = new boolean[nodes];
        int at = 0;
        for (int n = 0; n < nodes; n++) {
            first[n] = at;
            end[n] = ends.get(n);
            for (Map.Entry<Character, Integer> e : edges.get(n).entrySet()) {
                labels[at] = e.getKey();
                targets[at++] = e.getValue();
            }
        }
        first[nodes] = at;
        return new PhraseTrie(first, labels, targets, end);
    }

    /**
     * Whether the first {@code end} characters of {@code text} hold a phrase as whole words (runs
     * of letters and digits, compared in lower case), starting at any word and reading at most
     * {@code maxWords} words from there. {@code steps}, if given, counts the words reached.
     */
    int scan(CharSequence text, int end, int maxWords, int[] steps) {
        int i = 0;
        while (true) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i >= end) {
                return NOT_FOUND;
            }
            int found = from(text, i, end, maxWords, steps);
            if (found != NOT_FOUND) {
                return found;
            }
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
        }
    }

    /** The walk from the word at {@code start}. */
    private int from(CharSequence text, int start, int end, int maxWords, int[] steps) {
        int node = 0;
        int i = start;
        for (int n = 0; n < maxWords; n++) {
            if (n > 0) {
                node = child(node, WORD_GAP);
                while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (node < 0 || i >= end) {
                    return NOT_FOUND;
                }
            }
            for (; i < end && node >= 0; i++) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                node = step(node, c);
            }
            if (node == -2) {
                return UNSURE;
            }
            if (node < 0) {
                return NOT_FOUND;
            }
            if (steps != null) {
                steps[0]++;
            }
            if (ends[node]) {
                return FOUND;
            }
        }
        return NOT_FOUND;
    }

    /** The node after {@code c} in lower case as {@link String#toLowerCase} gives it; -2 unsure. */
    private int step(int node, char c) {
        if (c == CAPITAL_SIGMA) {
            return -2;
        }
        if (c == CAPITAL_I_WITH_DOT) {
            int i = child(node, 'i');
            return i < 0 ? -1 : child(i, COMBINING_DOT);
        }
        return child(node, Character.toLowerCase(c));
    }

    /** The node {@code node} leads to by {@code label}, or -1. */
    private int child(int node, char label) {
        int lo = first[node];
        int hi = first[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char l = labels[mid];
            if (l < label) {
                lo = mid + 1;
            } else if (l > label) {
                hi = mid - 1;
            } else {
                return targets[mid];
            }
        }
        return -1;
    }
}
