package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * BM25 retrieval over the {@link TopicIndex}. A topic scores its best phrasing plus its best answer
 * text, each divided by the question's self-match in the same language; the best topic is returned
 * when it reaches the calibrated threshold.
 */
public final class LuceneRetrieval implements Retrieval {

    private static final int CANDIDATES = 100;

    private final TopicIndex index;
    private final Normaliser normaliser;
    private final RetrievalParams params;

    LuceneRetrieval(TopicIndex index, Normaliser normaliser, RetrievalParams params) {
        this.index = index;
        this.normaliser = normaliser;
        this.params = params;
    }

    public static LuceneRetrieval of(ContentSet content, Normaliser normaliser) {
        return new LuceneRetrieval(
                TopicIndex.build(content.topics(), content.offTopic(), normaliser),
                normaliser,
                RetrievalParams.DEFAULT);
    }

    @Override
    public Optional<TopicMatch> match(String text) {
        return ranked(text, null).stream()
                .findFirst()
                .filter(best -> best.score() >= params.threshold());
    }

    /** Every matching topic, best first; {@code excludedKey} hides one phrasing (leave-one-out). */
    public List<TopicMatch> ranked(String text, String excludedKey) {
        return withOffTopic(text, excludedKey).stream()
                .filter(m -> !m.topicId().equals(TopicClassifier.OFF_TOPIC))
                .toList();
    }

    /** Like {@link #ranked}, with the score of the off-topic examples' neighbourhood. */
    List<TopicMatch> withOffTopic(String text, String excludedKey) {
        TopicQuery query = new TopicQuery(normaliser.normalise(text == null ? "" : text));
        Map<String, Double> self =
                Map.of(
                        "id", query.selfScore(index.statistics, "id"),
                        "en", query.selfScore(index.statistics, "en"));
        Map<String, List<Double>> phrasings = new HashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (ScoreDoc hit : search(query, excludedKey).scoreDocs) {
            double selfScore = self.get(index.language(hit.doc));
            double normalised = selfScore > 0 ? hit.score / selfScore : 0;
            String topic = index.topic(hit.doc);
            if (index.isAnswer(hit.doc)) {
                scores.merge(topic, normalised, Math::max);
            } else {
                phrasings.computeIfAbsent(topic, t -> new ArrayList<>()).add(normalised);
            }
        }
        phrasings.forEach(
                (topic, found) -> scores.merge(topic, neighbourhood(topic, found), Double::sum));
        return sorted(scores);
    }

    private static List<TopicMatch> sorted(Map<String, Double> scores) {
        return scores.entrySet().stream()
                .map(e -> new TopicMatch(e.getKey(), e.getValue()))
                .sorted(
                        Comparator.comparingDouble(TopicMatch::score)
                                .reversed()
                                .thenComparing(TopicMatch::topicId))
                .toList();
    }

    /**
     * The mean of a topic's best phrasing scores, counting missing ones as zero: a topic whose
     * several phrasings match beats one that shares a single lucky phrasing with the question. A
     * topic with fewer phrasings than {@code neighbours} is averaged over the ones it has.
     */
    private double neighbourhood(String topic, List<Double> scores) {
        int neighbours = Math.max(1, Math.min(params.neighbours(), index.phrasingCount(topic)));
        return scores.stream()
                        .sorted(Comparator.reverseOrder())
                        .limit(neighbours)
                        .mapToDouble(Double::doubleValue)
                        .sum()
                / neighbours;
    }

    public LuceneRetrieval withParams(RetrievalParams other) {
        return new LuceneRetrieval(index, normaliser, other);
    }

    private TopDocs search(TopicQuery query, String excludedKey) {
        try {
            return index.searcher.search(query.build(params, excludedKey), CANDIDATES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
