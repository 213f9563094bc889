package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.RetrievalTuning;

/**
 * How {@link HybridRetrieval} combines Lucene and the classifier: a topic scores {@code (1 -
 * classifierWeight) × its normalised BM25 score + classifierWeight × the classifier's probability},
 * less {@code offTopicWeight ×} the same fused score of the off-topic examples ({@code
 * off-topic.yml}, indexed and trained as a pseudo-topic); the best topic is answered when it
 * reaches {@code threshold}, or {@code homeThreshold} when the question is set only at home ({@link
 * Places}).
 */
public record FusionParams(
        double classifierWeight, double offTopicWeight, double threshold, double homeThreshold) {

    /** One threshold for every question, wherever it is set. */
    public FusionParams(double classifierWeight, double offTopicWeight, double threshold) {
        this(classifierWeight, offTopicWeight, threshold, threshold);
    }

    /**
     * The calibrated values of the params file ({@code calibrate-retrieval --grid}, 10-fold
     * cross-validation; see {@link RetrievalTuning}). The held-out files are never used.
     */
    public static final FusionParams DEFAULT = of(RetrievalTuning.bundled());

    /** The fusion parameters of {@code tuning}. */
    public static FusionParams of(RetrievalTuning tuning) {
        return new FusionParams(
                tuning.classifierWeight(),
                tuning.offTopicWeight(),
                tuning.fusionThreshold(),
                tuning.fusionHomeThreshold());
    }

    double fuse(double lucene, double classifier) {
        return (1 - classifierWeight) * lucene + classifierWeight * classifier;
    }

    FusionParams withThreshold(double value) {
        return new FusionParams(classifierWeight, offTopicWeight, value, homeThreshold);
    }

    /** These parameters with {@code value} as the threshold of questions set only at home. */
    FusionParams withHomeThreshold(double value) {
        return new FusionParams(classifierWeight, offTopicWeight, threshold, value);
    }
}
