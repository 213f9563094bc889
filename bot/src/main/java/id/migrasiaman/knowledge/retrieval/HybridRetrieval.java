package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's retrieval: Lucene's normalised BM25 topic scores fused with the probabilities of a
 * {@link TopicClassifier} trained on the same content (see {@link FusionParams}). Lucene rewards
 * exact shared words; the classifier generalises over spelling and inflection. Thread-safe.
 */
public final class HybridRetrieval implements Retrieval {

    private final LuceneRetrieval lucene;
    private final TopicClassifier classifier;
    private final FusionParams params;
    private final Normaliser normaliser;

    HybridRetrieval(
            LuceneRetrieval lucene,
            TopicClassifier classifier,
            FusionParams params,
            Normaliser normaliser) {
        this.lucene = lucene;
        this.classifier = classifier;
        this.params = params;
        this.normaliser = normaliser;
    }

    public static HybridRetrieval of(ContentSet content, Normaliser normaliser) {
        return of(content, normaliser, null);
    }

    /** As {@link #of(ContentSet, Normaliser)}, the topic model cached in {@code modelCache}. */
    public static HybridRetrieval of(ContentSet content, Normaliser normaliser, Path modelCache) {
        return new HybridRetrieval(
                LuceneRetrieval.of(content, normaliser),
                TopicClassifier.train(content.topics(), content.offTopic(), normaliser, modelCache),
                FusionParams.DEFAULT,
                normaliser);
    }

    @Override
    public Optional<TopicMatch> match(String text) {
        return ranked(text).stream().findFirst().filter(best -> best.score() >= threshold(text));
    }

    /**
     * The answering threshold for {@code text}: higher for a question set only at home, where a
     * shared word (BPJS, pelatihan, surat izin) more often belongs to an everyday question.
     */
    private double threshold(String text) {
        String[] tokens = normaliser.tokens(text == null ? "" : text).toArray(String[]::new);
        return Places.of(tokens).equals(Optional.of(Places.Where.HOME))
                ? Math.max(params.threshold(), params.homeThreshold())
                : params.threshold();
    }

    /** Topics scoring at least half the answering threshold, best first. */
    @Override
    public List<TopicMatch> suggestions(String text, int limit) {
        return ranked(text).stream()
                .filter(m -> m.score() >= params.threshold() / 2)
                .limit(limit)
                .toList();
    }

    /** Every topic either model scores, best first. */
    public List<TopicMatch> ranked(String text) {
        return fuse(scores(text), params);
    }

    /** The two models' raw scores for {@code text}, before fusion (for calibration). */
    public Scores scores(String text) {
        Map<String, Double> bm25 = new HashMap<>();
        lucene.withOffTopic(text, null).forEach(m -> bm25.put(m.topicId(), m.score()));
        return new Scores(bm25, classifier.probabilities(text));
    }

    /** Lucene's normalised score and the classifier's probability per topic. */
    public record Scores(Map<String, Double> lucene, Map<String, Double> classifier) {}

    public static List<TopicMatch> fuse(Scores scores, FusionParams params) {
        Map<String, Double> fused = new HashMap<>();
        scores.lucene().forEach((topic, s) -> fused.put(topic, params.fuse(s, 0)));
        scores.classifier()
                .forEach((topic, p) -> fused.merge(topic, params.fuse(0, p), Double::sum));
        Double offTopic = fused.remove(TopicClassifier.OFF_TOPIC);
        double penalty = offTopic == null ? 0 : params.offTopicWeight() * offTopic;
        return fused.entrySet().stream()
                .map(e -> new TopicMatch(e.getKey(), e.getValue() - penalty))
                .sorted(
                        Comparator.comparingDouble(TopicMatch::score)
                                .reversed()
                                .thenComparing(TopicMatch::topicId))
                .toList();
    }

    HybridRetrieval withParams(FusionParams other) {
        return new HybridRetrieval(lucene, classifier, other, normaliser);
    }
}
