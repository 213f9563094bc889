package id.migrasiaman.nlp.text;

import java.util.Set;

/**
 * Negative contractions of English, the English side of what {@link Abbreviations} does for
 * Indonesian chat: "can't", "don’t", "won't" reach the normaliser as two words ("can", "t"), so the
 * glossary ({@code lexicon/english.tsv}) read "can" and the negation was lost ("I can't leave"
 * became "bisa t berangkat"). A word ending in "n" before a lone "t" is joined ("cant", "dont",
 * "wont") and the glossary reads the joined form, as it reads the same words typed without an
 * apostrophe. Applied to English messages only.
 */
final class EnglishForms {

    /** Words that, before a lone "t", are the first half of a negative contraction. */
    private static final Set<String> NEGATED =
            Set.of(
                    "can", "don", "doesn", "didn", "won", "isn", "aren", "wasn", "weren", "couldn",
                    "wouldn", "shouldn", "haven", "hasn", "hadn", "ain", "mustn", "needn");

    private EnglishForms() {}

    /** Whether {@code word} followed by {@code next} is a negative contraction ("can" "t"). */
    static boolean joinsWithT(String word, String next) {
        return "t".equals(next) && NEGATED.contains(word);
    }
}
