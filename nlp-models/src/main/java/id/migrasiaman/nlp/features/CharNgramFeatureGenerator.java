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

    private static final String PREFIX = "ch=";

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
        char[] word = new char[32];
        char[] feature = new char[PREFIX.length() + max];
        PREFIX.getChars(0, PREFIX.length(), feature, 0);
        for (String token : tokens) {
            int length = token.length() + 2;
            if (word.length < length) {
                word = new char[length * 2];
            }
            // "_token_", and each n-gram copied once behind "ch=" (no substring, no concatenation).
            word[0] = '_';
            token.getChars(0, token.length(), word, 1);
            word[length - 1] = '_';
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= length; i++) {
                    System.arraycopy(word, i, feature, PREFIX.length(), n);
                    features.add(new String(feature, 0, PREFIX.length() + n));
                }
            }
        }
        return features;
    }
}
