package id.migrasiaman.nlp.text;

import java.util.ArrayList;
import java.util.List;

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

    private Clauses() {}

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
