package id.migrasiaman.nlp.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads words typed without their vowels ("krja", "brgkt", "nnti", "tnd tgn") or with the last
 * letter doubled ("gajii", "bayarr") as the word of the lexicons they stand for: chat and Kupang
 * Malay writers drop vowels, write "ng" as "g" and double letters, and no list of spellings keeps
 * up with them. A word's skeleton is its letters without vowels, with "ng" read as "g"; an unknown
 * word that is vowel-poor (no vowel, or one vowel in four or more letters) and whose skeleton
 * belongs to exactly one word of the lexicons (their Indonesian side, the English glossary's
 * Indonesian words included) is read as that word. Ambiguous skeletons ("skl": sekali, sekolah) and
 * short ones (fewer than three letters) are left alone. Linear in the length of the word.
 */
final class Abbreviations {

    /** The files whose words (Indonesian side) a vowel-less spelling may stand for. */
    private static final List<String> WORD_FILES =
            List.of(
                    "domain.txt",
                    "domestic-work.txt",
                    "job-words.txt",
                    "later-words.txt",
                    "move-abroad.txt",
                    "payment-words.txt",
                    "past.txt",
                    "present.txt",
                    "word-classes.tsv",
                    "flag-classes.tsv",
                    "danger.tsv");

    /**
     * Files whose words are known but never the reading of an abbreviation: a place read into a
     * stray acronym would invent a destination or a broker route ("blk" is no "Bolok").
     */
    private static final List<String> KNOWN_FILES =
            List.of(
                    "acronyms.txt",
                    "moratorium-places.txt",
                    "irregular-transits.txt",
                    "local-job-places.txt",
                    "destinations.tsv",
                    "transits.tsv",
                    "gazetteer.tsv");

    private static final int MIN_SKELETON = 3;

    private final Map<String, String> bySkeleton;
    private final Set<String> known;

    private Abbreviations(Map<String, String> bySkeleton, Set<String> known) {
        this.bySkeleton = bySkeleton;
        this.known = known;
    }

    /**
     * The index over the lexicons' words.
     *
     * @param lexicon the word-replacement lexicon (a key stands for its one-word replacement)
     * @param glossary the English glossary, whose Indonesian words may be abbreviated too
     * @param alsoKnown words that are never read as an abbreviation (English, doubles)
     */
    static Abbreviations of(
            Map<String, String[]> lexicon, Map<String, String[]> glossary, Set<String> alsoKnown) {
        Map<String, String> targets = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> known = new HashSet<>(alsoKnown);
        for (String file : WORD_FILES) {
            for (String line : Lexicons.lines(file)) {
                String phrase = Folding.fold(line.split("\t", -1)[0]);
                for (String word : Folding.words(phrase)) {
                    known.add(word);
                    String[] mapped = lexicon.get(word);
                    if (mapped == null) {
                        offer(targets, ambiguous, word, word);
                    }
                }
            }
        }
        glossary.values()
                .forEach(
                        tokens -> {
                            for (String token : tokens) {
                                if (!lexicon.containsKey(token)) {
                                    offer(targets, ambiguous, token, token);
                                }
                            }
                        });
        lexicon.forEach(
                (word, replacement) -> {
                    known.add(word);
                    for (String token : replacement) {
                        known.add(token);
                    }
                    if (replacement.length == 1) {
                        offer(targets, ambiguous, word, replacement[0]);
                        offer(targets, ambiguous, replacement[0], replacement[0]);
                    }
                });
        Set<String> neverRead = new HashSet<>();
        for (String file : KNOWN_FILES) {
            for (String line : Lexicons.lines(file)) {
                neverRead.addAll(Folding.words(Folding.fold(line.split("\t", -1)[0])));
            }
        }
        known.addAll(neverRead);
        ambiguous.forEach(targets::remove);
        targets.values().removeIf(neverRead::contains);
        return new Abbreviations(Map.copyOf(targets), Set.copyOf(known));
    }

    /** The lexicon word {@code word} abbreviates, or null. */
    String expand(String word) {
        if (word.length() < MIN_SKELETON || known.contains(word)) {
            return null;
        }
        String single = undoubled(word);
        if (single.length() < word.length()
                && single.length() >= MIN_SKELETON
                && known.contains(single)) {
            return single;
        }
        String redoubled = redoubled(word);
        if (redoubled != null) {
            return redoubled;
        }
        if (!vowelPoor(word)) {
            return null;
        }
        String skeleton = skeleton(word);
        return skeleton.length() < MIN_SKELETON ? null : bySkeleton.get(skeleton);
    }

    private static void offer(
            Map<String, String> targets, Set<String> ambiguous, String spelling, String target) {
        if (!isLetters(spelling)) {
            return;
        }
        String skeleton = skeleton(spelling);
        if (skeleton.length() < MIN_SKELETON) {
            return;
        }
        String before = targets.putIfAbsent(skeleton, target);
        if (before != null && !before.equals(target)) {
            ambiguous.add(skeleton);
        }
    }

    /** The letters without vowels, with "ng" read as "g". */
    static String skeleton(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isVowel(c) || (c == 'n' && i + 1 < word.length() && word.charAt(i + 1) == 'g')) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The longest word in which a dropped double letter is looked for (each try copies it). */
    private static final int MAX_REDOUBLE = 12;

    /**
     * The one known word that doubling a consonant inside {@code word} spells ("mingu" to "minggu",
     * "tingal" to "tinggal"), or null; only short words, so the work stays bounded. The last letter
     * is never doubled: no Indonesian word ends in a double consonant, and doubling it only spells
     * an English word ("pas", when or just right, read as "pass", a passport; "bos" as "boss").
     */
    private String redoubled(String word) {
        if (word.length() > MAX_REDOUBLE) {
            return null;
        }
        String found = null;
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (isVowel(c) || c < 'a' || c > 'z' || c == word.charAt(i - 1)) {
                continue;
            }
            String candidate = word.substring(0, i) + c + word.substring(i);
            if (known.contains(candidate)) {
                if (found != null && !found.equals(candidate)) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /** A doubled last letter read once ("gajii" to "gaji"); a double inside a word is kept. */
    static String undoubled(String word) {
        int last = word.length() - 1;
        return last > 0 && word.charAt(last) == word.charAt(last - 1)
                ? word.substring(0, last)
                : word;
    }

    /**
     * No vowel at all, or a single vowel in a word of four letters or more that ends in it ("krja",
     * "nnti"): English words with one vowel end in a consonant ("list", "skip", "mind") and are
     * left alone, and so is any word with a "y" ("by", "my", "many").
     */
    private static boolean vowelPoor(String word) {
        int vowels = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z' || c == 'y') {
                return false;
            }
            if (isVowel(c)) {
                vowels++;
            }
        }
        return vowels == 0
                || (vowels == 1 && word.length() >= 4 && isVowel(word.charAt(word.length() - 1)));
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
