package id.migrasiaman.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clauses of a message for the red-flag models: the runs of text between sentence punctuation,
 * semicolons, commas and line breaks. An offer says each warning sign in a clause or two ("paspor
 * nanti dipegang agensi"); scored over a long message of five signs, a naive-Bayes flag model hears
 * the other four as evidence against it, so each flag model also scores each clause and the highest
 * probability counts. One pass over the text, at most {@value #MAX} clauses.
 */
public final class Clauses {

    /** At most this many clauses (a 4,096-character message of commas stays cheap). */
    public static final int MAX = 24;

    /** Clauses of fewer words say nothing alone ("ok", "gaji 7jt"). */
    static final int MIN_WORDS = 2;

    /**
     * English runs its signs together with conjunctions where Indonesian chat uses commas ("they
     * pay the ticket and we go on a tourist visa"): in English these words end a clause too.
     */
    private static final Set<String> ENGLISH_BREAKS = Set.of("and", "but", "then", "so", "because");

    private Clauses() {}

    /**
     * The clauses of {@code text} in {@code language}: as {@link #of(String)}, and in English each
     * clause is also cut before {@code and, but, then, so, because}.
     */
    public static List<String> of(String text, String language) {
        List<String> clauses = of(text);
        if (!"en".equals(language)) {
            return clauses;
        }
        List<String> pieces = new ArrayList<>(4);
        for (String clause : clauses.isEmpty() ? List.of(text.strip()) : clauses) {
            splitAtConjunctions(clause, pieces);
        }
        List<String> split = new ArrayList<>(pieces.size());
        for (String piece : pieces) {
            if (words(piece) >= MIN_WORDS && split.size() < MAX) {
                split.add(piece);
            }
        }
        return split.size() > 1 || !clauses.isEmpty() ? split : List.of();
    }

    private static void splitAtConjunctions(String clause, List<String> pieces) {
        int start = 0;
        int i = 0;
        while (i < clause.length()) {
            int end = i;
            while (end < clause.length() && Character.isLetter(clause.charAt(end))) {
                end++;
            }
            if (end > i
                    && i > start
                    && ENGLISH_BREAKS.contains(clause.substring(i, end).toLowerCase(Locale.ROOT))) {
                pieces.add(clause.substring(start, i).strip());
                start = i;
            }
            i = Math.max(end, i + 1);
        }
        pieces.add(clause.substring(start).strip());
    }

    /**
     * The clauses of {@code text} with at least {@value #MIN_WORDS} words, in order; empty when the
     * text is one clause (the whole message is scored anyway).
     */
    public static List<String> of(String text) {
        List<String> clauses = new ArrayList<>(4);
        int start = 0;
        int pieces = 0;
        for (int i = 0; i <= text.length() && clauses.size() < MAX; i++) {
            if (i == text.length() || isBreak(text.charAt(i))) {
                if (i > start) {
                    pieces++;
                    String clause = text.substring(start, i).strip();
                    if (words(clause) >= MIN_WORDS) {
                        clauses.add(clause);
                    }
                }
                start = i + 1;
            }
        }
        return pieces > 1 ? clauses : List.of();
    }

    private static boolean isBreak(char c) {
        return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '\r';
    }

    private static int words(String clause) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < clause.length(); i++) {
            boolean letter = Character.isLetterOrDigit(clause.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
