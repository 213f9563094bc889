package id.migrasiaman.knowledge.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The features of the {@link TopicClassifier}: each normalised word, each pair of neighbouring
 * words, the character n-grams of each word with {@code _} marking its edges, so that spelling
 * variants ("brangkat", "berangkat") and inflections ("paspornya") share features, and where the
 * question is set ({@link Places}): a village, a town or an island at home against a country
 * abroad, which tells a BPJS question about a shop in Kupang from one about a job in Malaysia.
 */
final class TopicFeatures implements FeatureGenerator {

    private final int minGram;
    private final int maxGram;
    private final boolean places;

    TopicFeatures(int minGram, int maxGram) {
        this(minGram, maxGram, true);
    }

    /** {@code places=false}: without the place feature (to measure what it adds). */
    TopicFeatures(int minGram, int maxGram, boolean places) {
        this.minGram = minGram;
        this.maxGram = maxGram;
        this.places = places;
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(tokens.length * 12);
        for (int t = 0; t < tokens.length; t++) {
            features.add("w=" + tokens[t]);
            if (t > 0) {
                features.add("b=" + tokens[t - 1] + "_" + tokens[t]);
            }
            String word = "_" + tokens[t] + "_";
            for (int n = minGram; n <= maxGram; n++) {
                for (int i = 0; i + n <= word.length(); i++) {
                    features.add("c=" + word.substring(i, i + n));
                }
            }
        }
        // Only home: a country abroad as a feature pulled holiday and pilgrimage questions
        // (Singapore, Saudi Arabia) towards the topics.
        if (places && Places.of(tokens).equals(Optional.of(Places.Where.HOME))) {
            features.add("place=home");
        }
        return features;
    }
}
