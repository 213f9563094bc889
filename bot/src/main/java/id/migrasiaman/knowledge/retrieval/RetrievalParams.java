package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.evaluation.RetrievalCalibration;

/**
 * The retrieval hyperparameters, chosen with {@code calibrate-retrieval} (see {@link
 * RetrievalCalibration}).
 *
 * @param answerBoost weight of a topic's answer text against its phrasings
 * @param neighbours how many of a topic's best phrasings are averaged into its score
 * @param threshold the lowest normalised score that is answered; below it the retriever abstains
 */
public record RetrievalParams(float answerBoost, int neighbours, double threshold) {

    /**
     * Calibrated on 2026-11-28 with {@code calibrate-retrieval}: leave-one-out over the content's
     * 632 phrasings (positives) against the 450 corpus lines labelled out_of_scope or greeting
     * (negatives), with the lexicon normaliser. 0.24 maximises the mean of the two rates (69.0%
     * answered right, 96.7% abstained); the grid over answerBoost and neighbours was flat near 0.6
     * and 8. The held-out evaluation file was not used. See content/README.md. The bot itself
     * answers with {@link HybridRetrieval}, whose threshold is in {@link FusionParams}.
     */
    public static final RetrievalParams DEFAULT = new RetrievalParams(0.6f, 8, 0.24);

    RetrievalParams withThreshold(double value) {
        return new RetrievalParams(answerBoost, neighbours, value);
    }
}
