package id.migrasiaman.nlp.features;

import id.migrasiaman.nlp.text.Lexicons;
import id.migrasiaman.nlp.text.PhraseForms;
import id.migrasiaman.nlp.text.PhraseMatcher;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * One feature telling whether a message mentions the bot's domain at all (a word of {@code
 * lexicon/domain.txt}, a destination or a transit point). Out-of-scope questions are endless and
 * the corpus can only show a few; "no domain word" generalises to the ones it never showed.
 */
public final class DomainFeatureGenerator implements FeatureGenerator {

    private static final PhraseMatcher<Boolean> DOMAIN = domain();

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        return List.of(DOMAIN.find(List.of(tokens)).isEmpty() ? "domain=no" : "domain=yes");
    }

    private static PhraseMatcher<Boolean> domain() {
        PhraseMatcher<Boolean> matcher = new PhraseMatcher<>();
        for (String line : Lexicons.lines("domain.txt")) {
            PhraseForms.of(line).forEach(form -> matcher.add(form, Boolean.TRUE));
        }
        for (String file : List.of("destinations.tsv", "transits.tsv")) {
            Lexicons.map(file)
                    .keySet()
                    .forEach(place -> PhraseForms.of(place).forEach(f -> matcher.add(f, true)));
        }
        return matcher;
    }
}
