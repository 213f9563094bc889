package id.migrasiaman.nlp.text;

import java.util.LinkedHashSet;
import java.util.Set;

/** The normalised forms of a lexicon phrase, so one data line matches messages in any language. */
public final class PhraseForms {

    private static final TextNormaliser NORMALISER = new TextNormaliser();

    private PhraseForms() {}

    /** The phrase read as Indonesian/Kupang, as English, and without any lexicon. */
    public static Set<String> of(String phrase) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(String.join(" ", NORMALISER.tokens(phrase, "id")));
        forms.add(String.join(" ", NORMALISER.tokens(phrase, "en")));
        forms.add(String.join(" ", NORMALISER.plainTokens(phrase)));
        return forms;
    }
}
