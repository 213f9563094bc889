package id.migrasiaman.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap first look at a message, made while an update is being accepted (before anything is
 * parsed or normalised): could it be about danger? It finds the words and phrases of the lexicon's
 * {@code harm}, {@code plea}, {@code worry} and {@code lock} kinds, and a few more ("tolong",
 * "help", "darurat", "sos", "takut"), as they are typed, in one pass over the text. It prefers
 * recall: a false "maybe" only puts an update earlier in the queue, while the real judgement
 * ({@link DangerCheck}) comes when the update is handled. Linear in the text, and never throws.
 *
 * <p>The phrases are walked in a {@link PhraseTrie} straight from the text's characters, so a scan
 * allocates nothing: it runs on every accepted update, on the webhook's request thread.
 */
public final class UrgencyScan {

    private static final Set<String> KINDS = Set.of("harm", "plea", "worry", "lock");

    /** Words that always count, whatever the lexicon says (the ways people ask for help). */
    private static final List<String> ALWAYS =
            List.of(
                    "tolong",
                    "toloong",
                    "tolongin",
                    "help",
                    "darurat",
                    "sos",
                    "disekap",
                    "dikunci",
                    "terkunci",
                    "dikurung",
                    "kapal",
                    "ditangkap",
                    "locked",
                    "trapped",
                    "takut",
                    "bahaya",
                    "emergency",
                    "paspor ditahan",
                    "dipukul",
                    "disiksa",
                    "kabur");

    /** Phrases longer than this are matched by their first words. */
    static final int MAX_WORDS = 4;

    /** Only the start of a text is read: Telegram's texts are at most 4,096 characters. */
    static final int MAX_CHARS = 8_192;

    private final Set<String> phrases;
    private final PhraseTrie trie;

    private UrgencyScan(Set<String> phrases) {
        this.phrases = Set.copyOf(phrases);
        this.trie = PhraseTrie.of(this.phrases);
    }

    /** The scan with the lexicon's danger words ({@code danger.tsv}), read once. */
    public static UrgencyScan fromLexicon() {
        Set<String> phrases = new HashSet<>();
        ALWAYS.forEach(p -> addPhrase(phrases, p));
        DangerLexicon.entries().stream()
                .filter(e -> KINDS.contains(e.kind()))
                .forEach(e -> addPhrase(phrases, e.phrase()));
        return new UrgencyScan(phrases);
    }

    /** A scan for the given phrases only (tests). */
    static UrgencyScan of(List<String> phrases) {
        Set<String> set = new HashSet<>();
        phrases.forEach(p -> addPhrase(set, p));
        return new UrgencyScan(set);
    }

    private static void addPhrase(Set<String> phrases, String phrase) {
        List<String> words = words(phrase);
        if (!words.isEmpty()) {
            phrases.add(String.join(" ", words.subList(0, Math.min(MAX_WORDS, words.size()))));
        }
    }

    /** The number of phrases known. */
    public int size() {
        return phrases.size();
    }

    /** Whether {@code text} holds a danger word or phrase; false for null. */
    public boolean mayBeUrgent(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        int found = trie.scan(text, Math.min(text.length(), MAX_CHARS), MAX_WORDS, null);
        return found == PhraseTrie.UNSURE
                ? scanByWords(text, new int[1])
                : found == PhraseTrie.FOUND;
    }

    /**
     * The steps a scan of {@code text} takes (words reached in the trie: at most {@link #MAX_WORDS}
     * per word).
     */
    int lookups(CharSequence text) {
        int[] lookups = new int[1];
        if (text != null
                && !text.isEmpty()
                && trie.scan(text, Math.min(text.length(), MAX_CHARS), MAX_WORDS, lookups)
                        == PhraseTrie.UNSURE) {
            lookups[0] = 0;
            scanByWords(text, lookups);
        }
        return lookups[0];
    }

    /**
     * The scan as it was before the trie: the text's lower-cased words, each phrase of up to {@link
     * #MAX_WORDS} of them looked up as a string. The reference for the trie, and its fallback for
     * the few letters whose lower case depends on their word (Greek capital sigma).
     */
    boolean scanByWords(CharSequence text, int[] lookups) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        List<String> words = words(text);
        StringBuilder phrase = new StringBuilder(64);
        for (int i = 0; i < words.size(); i++) {
            phrase.setLength(0);
            for (int n = 0; n < MAX_WORDS && i + n < words.size(); n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words.get(i + n));
                lookups[0]++;
                if (phrases.contains(phrase.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower-case runs of letters and digits (at most {@link #MAX_CHARS} characters are read). */
    static List<String> words(CharSequence text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int end = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
