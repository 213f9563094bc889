package id.migrasiaman.nlp.features;

import id.migrasiaman.nlp.text.Lexicons;
import id.migrasiaman.nlp.text.PhraseForms;
import id.migrasiaman.nlp.text.PhraseMatcher;
import java.util.List;
import java.util.Locale;

/**
 * Spots words of danger (locked in, beaten, threatened, passport held, no food, "tolong") with the
 * high-recall list {@code lexicon/danger.tsv}, and words that place a message in the past ({@code
 * past.txt}) or the present ({@code present.txt}). Each phrase is normalised with the Indonesian
 * lexicons, the English glossary and no lexicon, so it matches messages in every language.
 */
public final class DangerSignals {

    /** How sure a signal is that someone is in danger now. */
    public enum Level {
        NONE,
        WEAK,
        STRONG
    }

    /**
     * What the lists say about one message.
     *
     * @param level the strongest danger phrase as listed
     * @param present whether the message speaks of now ("sekarang", "tonight")
     * @param past whether it tells a story about the past ("dulu", "pernah")
     * @param callOnly whether every danger phrase found only calls for help ({@code calls.txt}:
     *     "SOS", "darurat", "tolong", "help") and none names a harm ("dipukul", "hits me")
     */
    public record Signal(Level level, boolean present, boolean past, boolean callOnly) {

        /** No danger phrase, no time words. */
        public static final Signal NONE = new Signal(Level.NONE, false, false);

        /** A signal whose phrases name a harm (or none at all). */
        public Signal(Level level, boolean present, boolean past) {
            this(level, present, past, false);
        }

        /** The level, where a weak signal counts as strong in a message about the present. */
        public Level effective() {
            return level == Level.WEAK && present ? Level.STRONG : level;
        }
    }

    private static final DangerSignals SHARED = new DangerSignals();

    /** A phrase of danger.tsv: its level, and whether it only calls for help. */
    private record Phrase(Level level, boolean call) {}

    private final PhraseMatcher<Phrase> phrases = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> past = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> present = new PhraseMatcher<>();

    public DangerSignals() {
        java.util.Set<String> calls = new java.util.HashSet<>(Lexicons.lines("calls.txt"));
        for (String[] row : Lexicons.rows("danger.tsv")) {
            Level level = Level.valueOf(row[row.length - 1].strip().toUpperCase(Locale.ROOT));
            Phrase phrase = new Phrase(level, calls.contains(row[0].strip()));
            PhraseForms.of(row[0]).forEach(form -> phrases.add(form, phrase));
        }
        for (String line : Lexicons.lines("past.txt")) {
            boolean mask = line.startsWith("!");
            String phrase = mask ? line.substring(1) : line;
            PhraseForms.of(phrase).forEach(form -> past.add(form, !mask));
        }
        for (String line : Lexicons.lines("present.txt")) {
            PhraseForms.of(line).forEach(form -> present.add(form, Boolean.TRUE));
        }
    }

    /** One instance for the whole class loader: the lists are read once. */
    public static DangerSignals shared() {
        return SHARED;
    }

    /** Reads the danger and time words among the normalised tokens of a message. */
    public Signal read(List<String> tokens) {
        Level strongest = Level.NONE;
        boolean callOnly = true;
        for (Phrase phrase : phrases.find(tokens)) {
            if (phrase.level().compareTo(strongest) > 0) {
                strongest = phrase.level();
            }
            if (phrase.level() != Level.NONE && !phrase.call()) {
                callOnly = false;
            }
        }
        return new Signal(
                strongest,
                !present.find(tokens).isEmpty(),
                isPast(tokens),
                callOnly && strongest != Level.NONE);
    }

    /**
     * Whether the message tells a story about the past ("dulu", "pernah", "used to"); a longer
     * phrase marked with {@code !} in past.txt masks a shorter one ("bayar dulu": pay first).
     */
    public boolean isPast(List<String> tokens) {
        return past.find(tokens).contains(Boolean.TRUE);
    }

    /**
     * The strongest signal among the normalised tokens of a message; a weak one counts as strong
     * when the message speaks of now ({@code lexicon/present.txt}).
     */
    public Level in(List<String> tokens) {
        return read(tokens).effective();
    }
}
