package id.migrasiaman.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams of each token, with {@code _} marking the token's edges, so that spelling
 * variants ("barangkat", "berangkat", "brangkat") and unseen inflections share features.
 */
public final class CharNgramFeatureGenerator implements FeatureGenerator {

    private final int min;
    private final int max;

    public CharNgramFeatureGenerator(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("bad n-gram range " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(tokens.length * 8);
        for (String token : tokens) {
            String word = "_" + token + "_";
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= word.length(); i++) {
                    features.add("ch=" + word.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
