package id.migrasiaman.nlp.model;

import id.migrasiaman.nlp.features.MessageView;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Scores a message with one model, from features computed once and shared with the other models
 * that use the same feature settings ({@link ModelParams#featureKey()}): what {@code
 * DocumentCategorizerME} does, without computing the same features again for every model.
 * Thread-safe.
 */
public final class Scorer {

    /** The positive outcome of a binary model. */
    public static final String YES = "yes";

    /** The negative outcome of a binary model. */
    public static final String NO = "no";

    private final MaxentModel model;
    private final FeatureGenerator[] generators;
    private final String featureKey;

    public Scorer(DoccatModel model, ModelParams params) {
        this.model = model.getMaxentModel();
        this.generators = params.features();
        this.featureKey = params.featureKey();
    }

    /** The feature settings; scorers with the same key accept the same context. */
    public String featureKey() {
        return featureKey;
    }

    /** The features of a message, as this model's generators see it. */
    public String[] context(MessageView view) {
        List<String> features = new ArrayList<>(view.tokens().length * 24);
        for (FeatureGenerator generator : generators) {
            features.addAll(generator.extractFeatures(view.tokens(), view.extra()));
        }
        return features.toArray(String[]::new);
    }

    /** The probability of each outcome, indexed as {@link #outcome(int)}. */
    public double[] scores(String[] context) {
        return model.eval(context);
    }

    /** The name of outcome {@code i}. */
    public String outcome(int i) {
        return model.getOutcome(i);
    }

    /** The index of the outcome called {@code name}, -1 when the model has none. */
    public int index(String name) {
        return model.getIndex(name);
    }

    /** The probability of {@link #YES} for a binary model. */
    public double yes(String[] context) {
        int yes = model.getIndex(YES);
        return yes < 0 ? 0 : model.eval(context)[yes];
    }

    /** The index of the highest score. */
    public static int best(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
