package id.migrasiaman.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The question's shape in words: the first two and the last word of the message as features of
 * their own ({@code first=apakah}, {@code last=ko}): questions open with a question word and close
 * with a particle, stories and greetings open otherwise.
 */
public final class EdgeWordsFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(3);
        if (tokens.length == 0) {
            return features;
        }
        features.add("first=" + tokens[0]);
        if (tokens.length > 1) {
            features.add("first2=" + tokens[0] + "_" + tokens[1]);
        }
        features.add("last=" + tokens[tokens.length - 1]);
        return features;
    }
}
