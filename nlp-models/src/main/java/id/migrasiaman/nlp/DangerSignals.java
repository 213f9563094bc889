package id.migrasiaman.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Spots words of danger (locked in, beaten, threatened, passport held, no food, "tolong") with the
 * high-recall list {@code lexicon/danger.tsv}. Each phrase is normalised with the Indonesian
 * lexicons, the English glossary and no lexicon, so it matches messages in every language.
 */
final class DangerSignals {

    /** How sure a signal is that someone is in danger now. */
    enum Level {
        NONE,
        WEAK,
        STRONG
    }

    private final PhraseMatcher<Level> phrases = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> past = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> present = new PhraseMatcher<>();

    DangerSignals() {
        for (String[] row : Lexicons.rows("danger.tsv")) {
            Level level = Level.valueOf(row[row.length - 1].strip().toUpperCase(Locale.ROOT));
            PhraseForms.of(row[0]).forEach(form -> phrases.add(form, level));
        }
        for (String line : Lexicons.lines("past.txt")) {
            PhraseForms.of(line).forEach(form -> past.add(form, Boolean.TRUE));
        }
        for (String line : Lexicons.lines("present.txt")) {
            PhraseForms.of(line).forEach(form -> present.add(form, Boolean.TRUE));
        }
    }

    /** Whether the message tells a story about the past ("dulu", "pernah", "used to"). */
    boolean isPast(List<String> tokens) {
        return !past.find(tokens).isEmpty();
    }

    /**
     * The strongest signal among the normalised tokens of a message; a weak one counts as strong
     * when the message speaks of now ({@code lexicon/present.txt}).
     */
    Level in(List<String> tokens) {
        Level strongest = Level.NONE;
        for (Level level : phrases.find(tokens)) {
            if (level.compareTo(strongest) > 0) {
                strongest = level;
            }
        }
        boolean now = strongest == Level.WEAK && !present.find(tokens).isEmpty();
        return now ? Level.STRONG : strongest;
    }
}
