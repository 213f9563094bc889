package id.migrasiaman.knowledge.evaluation;

import id.migrasiaman.knowledge.RetrievalTuning;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.knowledge.retrieval.IntentGate;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses {@link IntentGate#MIN_CONFIDENCE}: the lowest confidence at which the gate wrongly stops
 * at most {@value #MAX_BLOCKED_PHRASINGS} of the content's phrasings (all real procedure
 * questions). The share of the NLP corpus's off-topic lines it stops is shown for the train split
 * (which the intent model learnt, so optimistic) and the test split.
 */
public final class GateCalibration {

    static final double MAX_BLOCKED_PHRASINGS = 0.01;

    private final List<Analysis> phrasings;
    private final List<Analysis> trainOffTopic;
    private final List<Analysis> testOffTopic;

    public GateCalibration(TextAnalyser analyser, List<Topic> topics, Path corpus) {
        phrasings =
                topics.stream()
                        .flatMap(
                                t ->
                                        Phrasings.LANGUAGES.stream()
                                                .flatMap(l -> t.questions().in(l).stream()))
                        .map(analyser::analyse)
                        .toList();
        trainOffTopic = analyse(analyser, corpus.resolve("train"));
        testOffTopic = analyse(analyser, corpus.resolve("test"));
    }

    private static List<Analysis> analyse(TextAnalyser analyser, Path dir) {
        return dir.toFile().isDirectory()
                ? RetrievalCalibration.offTopicLines(dir).stream().map(analyser::analyse).toList()
                : List.of();
    }

    static double blocked(List<Analysis> analyses, double minConfidence) {
        return (double)
                        analyses.stream()
                                .filter(
                                        a ->
                                                (a.intent() == Intent.GREETING
                                                                || a.intent()
                                                                        == Intent.OUT_OF_SCOPE)
                                                        && a.confidence() >= minConfidence)
                                .count()
                / Math.max(1, analyses.size());
    }

    static double belowRelevance(List<Analysis> analyses, double minRelevance) {
        return (double) analyses.stream().filter(a -> a.relevance() < minRelevance).count()
                / Math.max(1, analyses.size());
    }

    /**
     * The highest relevance (steps of 0.05, at most the relevance model's own threshold) below
     * which few enough phrasings fall: the relevance model never saw the content's phrasings, and
     * retrieval has an off-topic class of its own, so the gate only stops what is plainly not about
     * working abroad.
     */
    double chosenRelevance() {
        for (int step = 12; step >= 0; step--) {
            if (belowRelevance(phrasings, step / 20.0) <= MAX_BLOCKED_PHRASINGS) {
                return step / 20.0;
            }
        }
        return 0;
    }

    /** The lowest confidence (steps of 0.05) that blocks few enough phrasings. */
    double chosen() {
        for (int step = 0; step <= 20; step++) {
            if (blocked(phrasings, step / 20.0) <= MAX_BLOCKED_PHRASINGS) {
                return step / 20.0;
            }
        }
        return 1.01;
    }

    public void print(PrintStream out) {
        out.printf(
                "intent gate: %d phrasings, %d train and %d test off-topic lines%n",
                phrasings.size(), trainOffTopic.size(), testOffTopic.size());
        table(out, "min-confidence", 19, GateCalibration::blocked);
        out.printf(
                Locale.ROOT,
                "chosen (lowest with <= %.0f%% phrasings blocked): %.2f; current: %.2f%n",
                100 * MAX_BLOCKED_PHRASINGS,
                chosen(),
                IntentGate.MIN_CONFIDENCE);
        table(out, "min-relevance", 12, GateCalibration::belowRelevance);
        out.printf(
                Locale.ROOT,
                "chosen (highest with <= %.0f%% phrasings below): %.2f; current: %.2f%n",
                100 * MAX_BLOCKED_PHRASINGS,
                chosenRelevance(),
                RetrievalTuning.bundled().gateMinRelevance());
    }

    /** One row per value (steps of 0.1 up to {@code maxStep} twentieths): the shares stopped. */
    private void table(
            PrintStream out,
            String column,
            int maxStep,
            java.util.function.ToDoubleBiFunction<List<Analysis>, Double> stopped) {
        out.println(column + "  phrasings-blocked  off-topic-blocked (train, test)");
        for (int step = 0; step <= maxStep; step += 2) {
            double value = step / 20.0;
            out.printf(
                    Locale.ROOT,
                    "%" + column.length() + ".2f  %16.1f%%  %8.1f%%  %5.1f%%%n",
                    value,
                    100 * stopped.applyAsDouble(phrasings, value),
                    100 * stopped.applyAsDouble(trainOffTopic, value),
                    100 * stopped.applyAsDouble(testOffTopic, value));
        }
    }
}
