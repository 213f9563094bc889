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
 * scope (with at least {@code minConfidence}), or that the relevance model gives less than {@link
 * #MIN_RELEVANCE} of being about working abroad, never reaches retrieval, so the bot gives no topic
 * answer. Used by {@code eval-answers} to report the full system next to retrieval alone.
 */
public final class IntentGate implements Retrieval {

    /**
     * Calibrated with {@code calibrate-retrieval} on the content's phrasings (which must pass) and
     * the NLP corpus's off-topic lines, not on the held-out file; read from the params file (see
     * {@link RetrievalTuning}).
     */
    public static final double MIN_CONFIDENCE = RetrievalTuning.bundled().gateMinConfidence();

    /**
     * Below this probability of "about working abroad" (the relevance model) a question gets no
     * topic answer; read from the params file. Lower than the relevance model's own threshold: a
     * short question in a migration bot ("berapa biayanya?", "syaratnya apa saja?") is about
     * working abroad unless it says otherwise, and retrieval's off-topic class catches the
     * near-misses.
     */
    public static final double MIN_RELEVANCE = RetrievalTuning.bundled().gateMinRelevance();

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
        return !aboutTopics(analysis)
                || (OFF_TOPIC.contains(analysis.intent())
                        && analysis.confidence() >= minConfidence);
    }

    /** Whether a question read as {@code analysis} may be answered from the topics at all. */
    public static boolean aboutTopics(Analysis analysis) {
        return analysis.relevance() >= MIN_RELEVANCE;
    }

    @Override
    public Optional<TopicMatch> match(String text) {
        return blocks(text) ? Optional.empty() : retrieval.match(text);
    }
}
