package id.migrasiaman.knowledge.evaluation;

import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.knowledge.retrieval.FusionParams;
import id.migrasiaman.knowledge.retrieval.HybridRetrieval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the {@link FusionParams} from cross-validated observations (see {@link CrossValidation}):
 * for each classifier weight, the threshold with the best balanced rate (see {@link
 * RetrievalCalibration}); then the weight whose best point is best.
 */
public final class FusionCalibration {

    private final List<CrossValidation.Observation> positives;
    private final List<CrossValidation.Observation> negatives;

    public FusionCalibration(
            List<CrossValidation.Observation> positives,
            List<CrossValidation.Observation> negatives) {
        this.positives = List.copyOf(positives);
        this.negatives = List.copyOf(negatives);
    }

    /** The calibration of the fused score at {@code params} (its threshold is not used). */
    public RetrievalCalibration at(FusionParams params) {
        return new RetrievalCalibration(scored(positives, params), scored(negatives, params));
    }

    /** How often a held-out phrasing of one topic ranked another first, most frequent first. */
    public Map<String, Long> confusions(FusionParams params) {
        Map<String, Long> counts = new TreeMap<>();
        for (CrossValidation.Observation o : positives) {
            List<TopicMatch> ranked = HybridRetrieval.fuse(o.scores(), params);
            String got = ranked.isEmpty() ? "(none)" : ranked.get(0).topicId();
            if (!got.equals(o.expected())) {
                counts.merge(o.expected() + " -> " + got, 1L, Long::sum);
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static List<RetrievalCalibration.Scored> scored(
            List<CrossValidation.Observation> observations, FusionParams params) {
        return observations.stream()
                .map(
                        o ->
                                RetrievalCalibration.best(
                                        o.language(),
                                        HybridRetrieval.fuse(o.scores(), params),
                                        o.expected()))
                .toList();
    }
}
