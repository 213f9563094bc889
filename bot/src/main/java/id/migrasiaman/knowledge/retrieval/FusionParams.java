package id.migrasiaman.knowledge.retrieval;

/**
 * How {@link HybridRetrieval} combines Lucene and the classifier: a topic scores {@code (1 -
 * classifierWeight) × its normalised BM25 score + classifierWeight × the classifier's probability},
 * less {@code offTopicWeight ×} the same fused score of the off-topic examples ({@code
 * off-topic.yml}, indexed and trained as a pseudo-topic); the best topic is answered when it
 * reaches {@code threshold}.
 */
public record FusionParams(double classifierWeight, double offTopicWeight, double threshold) {

    /**
     * Calibrated on 2026-11-28 with {@code calibrate-retrieval --grid}, 10-fold cross-validation
     * over the content's 632 phrasings (positives), its 261 off-topic examples (folded the same
     * way) and the NLP corpus's 450 off-topic lines (negatives): weight 0.4 with off-topic weight
     * 0.4 had the best balanced rate (84.0%: 73.6% answered right, 94.4% abstained, at threshold
     * 0.13; without the off-topic examples the best was 81.0%). The held-out files were not used.
     */
    public static final FusionParams DEFAULT = new FusionParams(0.4, 0.4, 0.13);

    double fuse(double lucene, double classifier) {
        return (1 - classifierWeight) * lucene + classifierWeight * classifier;
    }

    FusionParams withThreshold(double value) {
        return new FusionParams(classifierWeight, offTopicWeight, value);
    }
}
