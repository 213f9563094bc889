package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.RetrievalTuning;
import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.util.List;
import java.util.Optional;

/**
 * Retrieval as the whole bot does it: a message that the intent model reads as a greeting or out of
 * scope (with at least {@code minConfidence}), or that the relevance model gives less than {@code
 * gate.min-relevance} of being about working abroad, never reaches retrieval, so the bot gives no
 * topic answer. Used by {@code eval-answers} to report the full system next to retrieval alone.
 */
public final class IntentGate implements Retrieval {

    /**
     * Calibrated with {@code calibrate-retrieval} on the content's phrasings (which must pass) and
     * the NLP corpus's off-topic lines, not on the held-out file; read from the params file (see
     * {@link RetrievalTuning}).
     */
    public static final double MIN_CONFIDENCE = RetrievalTuning.bundled().gateMinConfidence();

    private static final List<Intent> OFF_TOPIC = List.of(Intent.GREETING, Intent.OUT_OF_SCOPE);

    private final TextAnalyser analyser;
    private final Retrieval retrieval;
    private final double minConfidence;

    public IntentGate(TextAnalyser analyser, Retrieval retrieval, double minConfidence) {
        this.analyser = analyser;
        this.retrieval = retrieval;
        this.minConfidence = minConfidence;
    }

    /** Whether the intent model keeps {@code text} away from retrieval. */
    boolean blocks(String text) {
        Analysis analysis = analyser.analyse(text);
        return !Retrieval.aboutTopics(analysis)
                || (OFF_TOPIC.contains(analysis.intent())
                        && analysis.confidence() >= minConfidence);
    }

    @Override
    public Optional<TopicMatch> match(String text) {
        return blocks(text) ? Optional.empty() : retrieval.match(text);
    }
}
