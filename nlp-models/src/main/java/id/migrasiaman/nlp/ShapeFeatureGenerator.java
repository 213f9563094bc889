package id.migrasiaman.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features of the message's punctuation, which normalisation drops: a question mark (asking whether
 * an offer is safe, how a procedure works) and repeated exclamation marks (urgency). Reads what
 * {@link #shape(String)} put in the categorizer's extra information.
 */
final class ShapeFeatureGenerator implements FeatureGenerator {

    private static final String QUESTION = "question";
    private static final String EXCLAMATION = "exclamation";

    /** The extra information to pass to the categorizer along with the tokens of {@code text}. */
    static Map<String, Object> shape(String text) {
        boolean question = text.indexOf('?') >= 0 || text.indexOf('\uFF1F') >= 0;
        boolean exclamation = text.contains("!!");
        return Map.of(QUESTION, question, EXCLAMATION, exclamation);
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(2);
        if (extraInfo != null && Boolean.TRUE.equals(extraInfo.get(QUESTION))) {
            features.add("shape=question");
        }
        if (extraInfo != null && Boolean.TRUE.equals(extraInfo.get(EXCLAMATION))) {
            features.add("shape=exclamation");
        }
        return features;
    }
}
