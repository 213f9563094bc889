package id.migrasiaman.knowledge;

/**
 * How {@link HybridRetrieval} combines Lucene and the classifier: a topic scores {@code (1 -
 * classifierWeight) × its normalised BM25 score + classifierWeight × the classifier's probability},
 * and the best topic is answered when it reaches {@code threshold}.
 */
record FusionParams(double classifierWeight, double threshold) {

    /**
     * Calibrated with {@code calibrate-retrieval} by cross-validation over the content's phrasings
     * (positives) and the NLP corpus's off-topic lines (negatives); see content/README.md. The
     * held-out evaluation file was not used.
     */
    static final FusionParams DEFAULT = new FusionParams(0.3, 0.21);

    double fuse(double lucene, double classifier) {
        return (1 - classifierWeight) * lucene + classifierWeight * classifier;
    }

    FusionParams withThreshold(double value) {
        return new FusionParams(classifierWeight, value);
    }
}
