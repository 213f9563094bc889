package id.migrasiaman.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features of the message's form, which normalisation drops: a question mark (asking whether an
 * offer is safe, how a procedure works), repeated exclamation marks (urgency), and the length of
 * long, multi-sentence messages (stories and reports run long, greetings do not). Reads what {@link
 * MessageView} put in the extra information.
 */
public final class ShapeFeatureGenerator implements FeatureGenerator {

    private static final int LONG_TOKENS = 25;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(3);
        if (extraInfo == null) {
            return features;
        }
        if (Boolean.TRUE.equals(extraInfo.get(MessageView.QUESTION))) {
            features.add("shape=question");
        }
        if (Boolean.TRUE.equals(extraInfo.get(MessageView.EXCLAMATION))) {
            features.add("shape=exclamation");
        }
        if (tokens.length >= LONG_TOKENS) {
            features.add("shape=long");
        } else if (tokens.length <= 2) {
            features.add("shape=short");
        }
        if (extraInfo.get(MessageView.SENTENCES) instanceof Integer n && n >= 3) {
            features.add("shape=sentences");
        }
        return features;
    }
}
