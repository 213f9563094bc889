package id.migrasiaman.knowledge;

/**
 * How {@link HybridRetrieval} combines Lucene and the classifier: a topic scores {@code (1 -
 * classifierWeight) × its normalised BM25 score + classifierWeight × the classifier's probability},
 * and the best topic is answered when it reaches {@code threshold}.
 */
record FusionParams(double classifierWeight, double threshold) {

    /**
     * Calibrated on 2026-11-28 with {@code calibrate-retrieval}, 10-fold cross-validation over the
     * content's 632 phrasings (positives) and the NLP corpus's 450 off-topic lines (negatives): the
     * weights 0.3 and 0.4 tie for the best balanced rate (84.5%: 72.3% answered right, 96.7%
     * abstained, at threshold 0.21; Lucene alone 83.1%). The held-out file was not used.
     */
    static final FusionParams DEFAULT = new FusionParams(0.3, 0.21);

    double fuse(double lucene, double classifier) {
        return (1 - classifierWeight) * lucene + classifierWeight * classifier;
    }

    FusionParams withThreshold(double value) {
        return new FusionParams(classifierWeight, value);
    }
}
