package id.migrasiaman.nlp;

import java.util.LinkedHashSet;
import java.util.Set;

/** The normalised forms of a lexicon phrase, so one data line matches messages in any language. */
final class PhraseForms {

    private static final Normaliser NORMALISER = new Normaliser();

    private PhraseForms() {}

    /** The phrase read as Indonesian/Kupang, as English, and without any lexicon. */
    static Set<String> of(String phrase) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(String.join(" ", NORMALISER.tokens(phrase)));
        forms.add(String.join(" ", NORMALISER.tokens(phrase, "en")));
        forms.add(String.join(" ", NORMALISER.plainTokens(phrase)));
        return forms;
    }
}
