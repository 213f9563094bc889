package id.migrasiaman.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word-level normalisation: numbers, reduplication, stretched letters and the lexicons. */
final class Words {

    /** Lexicon for Indonesian and Kupang Malay. */
    static final Map<String, String[]> INDONESIAN = Lexicon.merged();

    /** Lexicon for English. */
    static final Map<String, String[]> ENGLISH = Lexicon.english();

    private static final Set<String> KNOWN = known();

    private Words() {}

    /** Appends the normalised form of one word (zero, one or several tokens) to {@code out}. */
    static void normalise(String word, Map<String, String[]> lexicon, List<String> out) {
        if (isDigits(word)) {
            out.add(Normaliser.NUMBER);
            return;
        }
        String w = squash(unreduplicate(word));
        String[] mapped = lexicon.get(w);
        if (mapped == null) {
            out.add(w);
            return;
        }
        for (String token : mapped) {
            out.add(token);
        }
    }

    /** "anak2" is how chat writes "anak-anak"; one copy carries the meaning. */
    static String unreduplicate(String word) {
        int last = word.length() - 1;
        if (last >= 2 && word.charAt(last) == '2' && isLetters(word, last)) {
            return word.substring(0, last);
        }
        return word;
    }

    /**
     * Squashes runs of three or more equal letters: to two when that spells a known word ("maaaf"
     * to "maaf"), else to one ("tolongggg" to "tolong"). Real words never triple a letter.
     */
    static String squash(String word) {
        if (!hasTriple(word)) {
            return word;
        }
        String two = collapse(word, 2);
        return KNOWN.contains(two) ? two : collapse(word, 1);
    }

    private static String collapse(String word, int keep) {
        StringBuilder out = new StringBuilder(word.length());
        int run = 0;
        int previous = -1;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            run = cp == previous ? run + 1 : 1;
            boolean triple = run > keep && runLength(word, i, cp, run) >= 3;
            if (!triple) {
                out.appendCodePoint(cp);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Length of the run of {@code cp} that contains index {@code i} (already {@code seen} long).
     */
    private static int runLength(String word, int i, int cp, int seen) {
        int length = seen;
        int j = i + Character.charCount(cp);
        while (j < word.length() && word.codePointAt(j) == cp) {
            length++;
            j += Character.charCount(cp);
        }
        return length;
    }

    private static boolean hasTriple(String word) {
        for (int i = 2; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == word.charAt(i - 1) && c == word.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetters(String word, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> known() {
        Set<String> known = new HashSet<>(Lexicons.lines("doubles.txt"));
        for (Map<String, String[]> lexicon : List.of(INDONESIAN, ENGLISH)) {
            known.addAll(lexicon.keySet());
            lexicon.values().forEach(tokens -> known.addAll(List.of(tokens)));
        }
        return known;
    }
}
