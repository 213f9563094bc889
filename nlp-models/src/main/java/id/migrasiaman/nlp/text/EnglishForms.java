package id.migrasiaman.nlp.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * English forms the glossary ({@code lexicon/english.tsv}) cannot list one by one, the English side
 * of what {@link Abbreviations} does for Indonesian chat:
 *
 * <ul>
 *   <li>contractions: "can't", "don’t", "won't" reach the normaliser as two words ("can", "t"),
 *       which read "can" and dropped the negation ("I can't leave" became "bisa t berangkat"); a
 *       word ending in "n" before a lone "t" is joined ("cant", "dont", "wont") and the glossary
 *       reads the joined form, as it reads the same words typed without an apostrophe;
 *   <li>inflections: a word the glossary does not list is looked up by its Porter stem among the
 *       stems of the glossary's words ("threatening" as "threaten", "locks" as "locked"), when that
 *       stem belongs to words with one reading only.
 * </ul>
 *
 * Applied to English messages only. Linear in the length of the text.
 */
final class EnglishForms {

    /** Words that, before a lone "t", are the first half of a negative contraction. */
    private static final Set<String> NEGATED =
            Set.of(
                    "can", "don", "doesn", "didn", "won", "isn", "aren", "wasn", "weren", "couldn",
                    "wouldn", "shouldn", "haven", "hasn", "hadn", "ain", "mustn", "needn");

    private static final int MIN_STEM = 3;

    private final Map<String, String[]> byStem;

    private EnglishForms(Map<String, String[]> byStem) {
        this.byStem = byStem;
    }

    /** Stems of the glossary's words; a stem shared by words of different readings is left out. */
    static EnglishForms of(Map<String, String[]> glossary) {
        Map<String, String[]> byStem = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (Map.Entry<String, String[]> e : glossary.entrySet()) {
            String stem = stemmer.stem(e.getKey());
            if (stem.length() < MIN_STEM) {
                continue;
            }
            String[] before = byStem.putIfAbsent(stem, e.getValue());
            if (before != null && !List.of(before).equals(List.of(e.getValue()))) {
                ambiguous.add(stem);
            }
        }
        ambiguous.forEach(byStem::remove);
        return new EnglishForms(Map.copyOf(byStem));
    }

    /** Whether {@code word} followed by a lone "t" is a negative contraction ("can" "t"). */
    static boolean joinsWithT(String word, String next) {
        return "t".equals(next) && NEGATED.contains(word);
    }

    /** The glossary's reading of an inflected form of one of its words, or null. */
    String[] byStem(String word) {
        if (word.length() <= MIN_STEM || !isAsciiLetters(word)) {
            return null;
        }
        return byStem.get(new PorterStemmer().stem(word));
    }

    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
