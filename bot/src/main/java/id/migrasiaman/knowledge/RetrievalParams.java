package id.migrasiaman.knowledge;

/**
 * The retrieval hyperparameters, chosen with {@code calibrate-retrieval} (see {@link
 * RetrievalCalibration}).
 *
 * @param answerBoost weight of a topic's answer text against its phrasings
 * @param neighbours how many of a topic's best phrasings are averaged into its score
 * @param threshold the lowest normalised score that is answered; below it the retriever abstains
 */
record RetrievalParams(float answerBoost, int neighbours, double threshold) {

    /**
     * Calibrated on 2026-11-28 with {@code calibrate-retrieval}: leave-one-out over the content's
     * own phrasings (positives) against the corpus lines labelled out_of_scope and greeting
     * (negatives). See content/README.md for the figures.
     */
    static final RetrievalParams DEFAULT = new RetrievalParams(0.6f, 8, 0.22);

    RetrievalParams withThreshold(double value) {
        return new RetrievalParams(answerBoost, neighbours, value);
    }
}
