package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.RetrievalTuning;

/**
 * How {@link HybridRetrieval} combines Lucene and the classifier: a topic scores {@code (1 -
 * classifierWeight) × its normalised BM25 score + classifierWeight × the classifier's probability},
 * less {@code offTopicWeight ×} the same fused score of the off-topic examples ({@code
 * off-topic.yml}, indexed and trained as a pseudo-topic); the best topic is answered when it
 * reaches {@code threshold}.
 */
public record FusionParams(double classifierWeight, double offTopicWeight, double threshold) {

    /**
     * The calibrated values of the params file ({@code calibrate-retrieval --grid}, 10-fold
     * cross-validation; see {@link RetrievalTuning}). The held-out files are never used.
     */
    public static final FusionParams DEFAULT = of(RetrievalTuning.bundled());

    /** The fusion parameters of {@code tuning}. */
    public static FusionParams of(RetrievalTuning tuning) {
        return new FusionParams(
                tuning.classifierWeight(), tuning.offTopicWeight(), tuning.fusionThreshold());
    }

    double fuse(double lucene, double classifier) {
        return (1 - classifierWeight) * lucene + classifierWeight * classifier;
    }

    FusionParams withThreshold(double value) {
        return new FusionParams(classifierWeight, offTopicWeight, value);
    }
}
