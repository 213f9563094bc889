package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.model.Routing;
import java.util.List;
import java.util.Locale;

/**
 * Searches the decision thresholds on cross-validated scores: the safety-net and out-of-scope
 * thresholds of {@link Routing} (best macro-F1 with emergency recall at least {@value
 * #MIN_EMERGENCY_RECALL}) and the relevance threshold (most off-topic messages blocked with at
 * least {@value #MIN_QUESTIONS_KEPT} of the questions kept). It prints its choice; a person copies
 * it into the params files.
 */
final class ThresholdSearch {

    static final double MIN_EMERGENCY_RECALL = 0.97;
    static final double MIN_QUESTIONS_KEPT = 0.97;

    private static final double[] STRONG = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
    private static final double[] WEAK = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    private static final double[] OFF_TOPIC_STRONG = {0.8, 0.9, 0.95, 1.01};
    private static final double[] OFF_TOPIC_WEAK = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01};
    private static final double[] OUT_OF_SCOPE = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
    private static final double[] EMERGENCY_WITHOUT_SIGNAL = {0, 0.4, 0.5, 0.6, 0.7};

    private ThresholdSearch() {}

    static String routing(List<CrossValidator.Scored> scored, Routing current) {
        Routing best = current;
        double bestF1 = -1;
        for (double s : STRONG) {
            for (double w : WEAK) {
                for (double os : OFF_TOPIC_STRONG) {
                    for (double ow : OFF_TOPIC_WEAK) {
                        for (double oos : OUT_OF_SCOPE) {
                            for (double ews : EMERGENCY_WITHOUT_SIGNAL) {
                                Routing r = new Routing(s, w, os, ow, oos, ews);
                                EvaluationReport e =
                                        Evaluator.evaluate(CrossValidator.predictions(scored, r));
                                if (e.recall("emergency") >= MIN_EMERGENCY_RECALL
                                        && e.macroF1() > bestF1 + 1e-9) {
                                    bestF1 = e.macroF1();
                                    best = r;
                                }
                            }
                        }
                    }
                }
            }
        }
        EvaluationReport now = Evaluator.evaluate(CrossValidator.predictions(scored, current));
        EvaluationReport chosen = Evaluator.evaluate(CrossValidator.predictions(scored, best));
        return String.format(
                Locale.ROOT,
                "routing now %s: macro-F1 %.3f, emergency recall %.3f precision %.3f%n"
                        + "routing best %s: macro-F1 %.3f, emergency recall %.3f precision %.3f",
                current,
                now.macroF1(),
                now.recall("emergency"),
                now.perLabel().get("emergency").precision(),
                best,
                chosen.macroF1(),
                chosen.recall("emergency"),
                chosen.perLabel().get("emergency").precision());
    }

    static String relevance(List<CrossValidator.Scored> scored) {
        StringBuilder out =
                new StringBuilder("relevance thresholds (questions kept / off-topic blocked):\n");
        double best = 0.5;
        double bestBlocked = -1;
        for (int i = 1; i < 20; i++) {
            double t = i * 0.05;
            double kept = RelevanceReport.kept(scored, t, true);
            double blocked = RelevanceReport.blocked(scored, t);
            out.append(String.format(Locale.ROOT, "  %.2f  %.3f  %.3f%n", t, kept, blocked));
            if (kept >= MIN_QUESTIONS_KEPT && blocked > bestBlocked) {
                bestBlocked = blocked;
                best = t;
            }
        }
        return out.append(String.format(Locale.ROOT, "relevance best Threshold=%.2f", best))
                .toString();
    }
}
