package id.migrasiaman.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The last words of a long message as features of their own: a story or a report usually ends with
 * what the writer wants ("…langkah pertamanya apa", "…beta mau lapor dia", "…aman gk?"), so the end
 * of the message says more about the intent than the story before it. Messages no longer than twice
 * the tail get none (their words are all "the end" already).
 */
public final class TailWordsFeatureGenerator implements FeatureGenerator {

    private final int words;

    /**
     * @param words how many words at the end count
     */
    public TailWordsFeatureGenerator(int words) {
        this.words = words;
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        if (tokens.length <= 2 * words) {
            return List.of();
        }
        List<String> features = new ArrayList<>(words);
        for (int i = tokens.length - words; i < tokens.length; i++) {
            features.add("tail=" + tokens[i]);
        }
        return features;
    }
}
