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
 * Word classes of {@code lexicon/word-classes.tsv} (and, for the red-flag models, of the further
 * lexicons their params name: {@code WordClassLexicons=word-classes.tsv,flag-classes.tsv}) as
 * features: one per class a message contains ("wc=doc" for "paspor") and one per pair of classes
 * found within {@value #WINDOW} tokens of each other, in either order ("wc2=doc+hold" for "paspor
 * ditahan" and for "agen pegang KTP"). A linear model learns from these what a few examples say in
 * many words, whatever their order.
 */
public final class WordClassFeatureGenerator implements FeatureGenerator {

    /** How near two classes must be to form a pair. */
    static final int WINDOW = 8;

    /** The lexicon every model with word classes reads. */
    public static final String DEFAULT = "word-classes.tsv";

    private static final Map<List<String>, PhraseMatcher<String>> MATCHERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final PhraseMatcher<String> matcher;

    /** The classes of {@value #DEFAULT}. */
    public WordClassFeatureGenerator() {
        this(List.of(DEFAULT));
    }

    /** The classes of these lexicons, one class vocabulary (a phrase may be in several). */
    public WordClassFeatureGenerator(List<String> lexicons) {
        this.matcher =
                MATCHERS.computeIfAbsent(List.copyOf(lexicons), WordClassFeatureGenerator::classes);
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> classes = new ArrayList<>(8);
        List<Integer> positions = new ArrayList<>(8);
        matcher.forEach(
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

    private static PhraseMatcher<String> classes(List<String> lexicons) {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        for (String lexicon : lexicons) {
            for (String[] row : Lexicons.rows(lexicon)) {
                if (row.length < 2) {
                    throw new IllegalStateException(lexicon + ": expected phrase<TAB>class");
                }
                String name = row[1].strip();
                PhraseForms.of(row[0]).forEach(form -> matcher.add(form, name));
            }
        }
        return matcher;
    }
}
