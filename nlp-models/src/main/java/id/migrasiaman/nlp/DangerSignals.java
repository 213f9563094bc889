package id.migrasiaman.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Spots words of danger (locked in, beaten, threatened, passport held, no food, "tolong") with the
 * high-recall list {@code lexicon/danger.tsv}. Each phrase is normalised both with and without the
 * Indonesian lexicons so it matches Indonesian, Kupang and English messages alike.
 */
final class DangerSignals {

    /** How sure a signal is that someone is in danger now. */
    enum Level {
        NONE,
        WEAK,
        STRONG
    }

    private final PhraseMatcher<Level> phrases = new PhraseMatcher<>();

    DangerSignals(Normaliser normaliser) {
        for (String[] row : Lexicons.rows("danger.tsv")) {
            Level level = Level.valueOf(row[row.length - 1].strip().toUpperCase(Locale.ROOT));
            phrases.add(String.join(" ", normaliser.tokens(row[0])), level);
            phrases.add(String.join(" ", normaliser.tokens(row[0], "en")), level);
        }
    }

    /** The strongest signal among the normalised tokens of a message. */
    Level in(List<String> tokens) {
        Level strongest = Level.NONE;
        for (Level level : phrases.find(tokens)) {
            if (level.compareTo(strongest) > 0) {
                strongest = level;
            }
        }
        return strongest;
    }
}
