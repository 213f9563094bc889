package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.RetrievalTuning;
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
     * The calibrated values of the params file (see {@link RetrievalTuning} and content/README.md).
     * The bot itself answers with {@link HybridRetrieval}, whose threshold is in {@link
     * FusionParams}.
     */
    public static final RetrievalParams DEFAULT = of(RetrievalTuning.bundled());

    /** The Lucene parameters of {@code tuning}. */
    public static RetrievalParams of(RetrievalTuning tuning) {
        return new RetrievalParams(
                tuning.answerBoost(), tuning.neighbours(), tuning.luceneThreshold());
    }

    RetrievalParams withThreshold(double value) {
        return new RetrievalParams(answerBoost, neighbours, value);
    }
}
