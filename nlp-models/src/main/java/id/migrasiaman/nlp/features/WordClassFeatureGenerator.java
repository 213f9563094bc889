package id.migrasiaman.nlp.features;

import id.migrasiaman.nlp.text.Lexicons;
import id.migrasiaman.nlp.text.PhraseForms;
import id.migrasiaman.nlp.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Word classes of {@code lexicon/word-classes.tsv} as features: one per class a message contains
 * ("wc=doc" for "paspor") and one per pair of classes found within {@value #WINDOW} tokens of each
 * other, in either order ("wc2=doc+hold" for "paspor ditahan" and for "agen pegang KTP"). A linear
 * model learns from these what a few examples say in many words, whatever their order.
 */
public final class WordClassFeatureGenerator implements FeatureGenerator {

    /** How near two classes must be to form a pair. */
    static final int WINDOW = 8;

    private static final PhraseMatcher<String> CLASSES = classes();

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> classes = new ArrayList<>(8);
        List<Integer> positions = new ArrayList<>(8);
        CLASSES.forEach(
                List.of(tokens),
                (name, at) -> {
                    classes.add(name);
                    positions.add(at);
                });
        Set<String> features = new LinkedHashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            features.add("wc=" + classes.get(i));
            for (int j = i + 1; j < classes.size(); j++) {
                if (positions.get(j) - positions.get(i) > WINDOW) {
                    break;
                }
                String a = classes.get(i);
                String b = classes.get(j);
                if (!a.equals(b)) {
                    features.add(a.compareTo(b) < 0 ? "wc2=" + a + "+" + b : "wc2=" + b + "+" + a);
                }
            }
        }
        return features;
    }

    private static PhraseMatcher<String> classes() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        for (String[] row : Lexicons.rows("word-classes.tsv")) {
            if (row.length < 2) {
                throw new IllegalStateException("word-classes.tsv: expected phrase<TAB>class");
            }
            String name = row[1].strip();
            PhraseForms.of(row[0]).forEach(form -> matcher.add(form, name));
        }
        return matcher;
    }
}
