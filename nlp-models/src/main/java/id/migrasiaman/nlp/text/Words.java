package id.migrasiaman.nlp.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word-level normalisation: numbers, reduplication, stretched letters and the lexicons. */
public final class Words {

    /** Lexicon for Indonesian and Kupang Malay. */
    public static final Map<String, String[]> INDONESIAN = Lexicon.merged();

    /** Lexicon for English. */
    public static final Map<String, String[]> ENGLISH = Lexicon.english();

    private static final Set<String> KNOWN = known();

    private static final MoneyParser MONEY = new MoneyParser();

    /** Vowel-less spellings of the Indonesian lexicons' words ("krja", "brgkt"). */
    private static final Abbreviations ABBREVIATIONS = Abbreviations.of(INDONESIAN, ENGLISH, KNOWN);

    private Words() {}

    /** Appends the normalised form of one word (zero, one or several tokens) to {@code out}. */
    static void normalise(String word, Map<String, String[]> lexicon, List<String> out) {
        if (isDigits(word)) {
            out.add(TextNormaliser.NUMBER);
            return;
        }
        String plain = unreduplicate(word);
        String w = squash(plain);
        if (!w.equals(plain) && !MONEY.find(w).isEmpty()) {
            // "50kkk" squashed is "50k", an amount: mark it as the first pass over "50k" would.
            out.add(TextNormaliser.MONEY);
            return;
        }
        String[] mapped = lexicon.get(w);
        if (mapped == null && lexicon == INDONESIAN) {
            // English never goes through it: "pls", "thx" and "sms" are English or chat, not Malay.
            String expanded = ABBREVIATIONS.expand(w);
            mapped =
                    expanded == null
                            ? null
                            : lexicon.getOrDefault(expanded, new String[] {expanded});
        }
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
     * to "maaf"), else to one ("tolongggg" to "tolong"). Real words never triple a letter. One pass
     * over the word builds both candidates, so a stretched word of any length costs its length.
     */
    static String squash(String word) {
        if (!hasTriple(word)) {
            return word;
        }
        StringBuilder two = new StringBuilder(word.length());
        StringBuilder one = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int width = Character.charCount(cp);
            int run = 1;
            int j = i + width;
            while (j < word.length() && word.codePointAt(j) == cp) {
                run++;
                j += width;
            }
            int keepTwo = run >= 3 ? 2 : run;
            int keepOne = run >= 3 ? 1 : run;
            for (int k = 0; k < keepTwo; k++) {
                two.appendCodePoint(cp);
            }
            for (int k = 0; k < keepOne; k++) {
                one.appendCodePoint(cp);
            }
            i = j;
        }
        String twice = two.toString();
        return KNOWN.contains(twice) ? twice : one.toString();
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
