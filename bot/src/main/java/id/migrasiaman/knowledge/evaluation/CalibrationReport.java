package id.migrasiaman.knowledge.evaluation;

import id.migrasiaman.knowledge.RetrievalTuning;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.knowledge.retrieval.FusionParams;
import id.migrasiaman.knowledge.retrieval.HybridRetrieval;
import id.migrasiaman.knowledge.retrieval.LuceneRetrieval;
import id.migrasiaman.knowledge.retrieval.RetrievalParams;
import id.migrasiaman.nlp.Normaliser;
import id.migrasiaman.nlp.OpenNlpAnalyser;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calibration behind {@code calibrate-retrieval}: prints how the abstention threshold trades
 * right answers against abstentions on off-topic messages (see {@link RetrievalCalibration}), for
 * Lucene alone, for the fusion with the topic classifier and for the intent gate, and returns the
 * best parameters it found (for the params file, see {@link RetrievalTuning}).
 */
public final class CalibrationReport {

    static final int FOLDS = 10;

    private CalibrationReport() {}

    /**
     * Calibrates over the content in {@code contentDir} and the off-topic lines of the NLP corpus
     * in {@code corpusDir} (its {@code train} split; the gate also reads its sibling {@code test}).
     * {@code grid} also tries other Lucene field weights and every off-topic weight; {@code
     * confusions} lists the cross-validated confusions at the current weights.
     */
    public static RetrievalTuning run(
            Path contentDir, Path corpusDir, boolean grid, boolean confusions, PrintStream out) {
        Normaliser normaliser = new Normaliser();
        ContentSet content = new ContentValidator(normaliser).loadValid(contentDir);
        List<String> offTopic = RetrievalCalibration.offTopicLines(corpusDir);
        LuceneRetrieval retrieval = LuceneRetrieval.of(content, normaliser);
        double luceneThreshold =
                report(new RetrievalCalibration(retrieval, content.topics(), offTopic), out);
        if (grid) {
            grid(retrieval, content, offTopic, out);
        }
        FusionParams fusion = fusion(content, normaliser, offTopic, grid, confusions, out);
        RetrievalTuning current = RetrievalTuning.bundled();
        double gate = current.gateMinConfidence();
        double relevance = current.gateMinRelevance();
        Path corpus = corpusDir.getParent();
        if (corpus != null) {
            GateCalibration calibration =
                    new GateCalibration(OpenNlpAnalyser.fromClasspath(), content.topics(), corpus);
            calibration.print(out);
            gate = calibration.chosen();
            relevance = calibration.chosenRelevance();
        }
        return new RetrievalTuning(
                current.answerBoost(),
                current.neighbours(),
                luceneThreshold,
                fusion.classifierWeight(),
                fusion.offTopicWeight(),
                fusion.threshold(),
                Math.max(fusion.threshold(), current.fusionHomeThreshold()),
                gate,
                relevance);
    }

    /**
     * The bot's retrieval (Lucene + classifier with its off-topic class), cross-validated, for each
     * classifier weight and off-topic weight. Negatives are the content's off-topic examples
     * (folded like the phrasings) and the NLP corpus's off-topic lines. Returns the weights and
     * threshold with the best balanced rate among those tried (the first on a tie).
     */
    private static FusionParams fusion(
            ContentSet content,
            Normaliser normaliser,
            List<String> offTopic,
            boolean grid,
            boolean confusions,
            PrintStream out) {
        long start = System.nanoTime();
        CrossValidation.Folded folded = CrossValidation.fold(content, normaliser, FOLDS);
        List<CrossValidation.Observation> corpus =
                CrossValidation.negatives(HybridRetrieval.of(content, normaliser), offTopic);
        List<CrossValidation.Observation> negatives = new ArrayList<>(folded.offTopic());
        negatives.addAll(corpus);
        FusionCalibration calibration = new FusionCalibration(folded.positives(), negatives);
        FusionParams params = FusionParams.DEFAULT;
        out.printf(
                Locale.ROOT,
                "fusion, %d-fold cross-validation (%d s), %d positives, %d off-topic examples"
                        + " + %d corpus lines; current: weight=%.2f off-topic=%.2f"
                        + " threshold=%.2f%n",
                FOLDS,
                (System.nanoTime() - start) / 1_000_000_000,
                folded.positives().size(),
                folded.offTopic().size(),
                corpus.size(),
                params.classifierWeight(),
                params.offTopicWeight(),
                params.threshold());
        out.println("weight off-topic | best threshold, answered-right, abstained, balanced");
        FusionParams best = params;
        double bestBalanced = -1;
        for (int step = 0; step <= 10; step++) {
            for (int penalty = 0; penalty <= 10; penalty += grid ? 1 : 5) {
                FusionParams at = new FusionParams(step / 10.0, penalty / 10.0, 0);
                out.printf(Locale.ROOT, "%6.2f %9.2f | ", at.classifierWeight(), penalty / 10.0);
                RetrievalCalibration.Point point = calibration.at(at).best();
                print(out, point);
                if (point.balanced() > bestBalanced + 1e-9) {
                    bestBalanced = point.balanced();
                    best = new FusionParams(step / 10.0, penalty / 10.0, point.threshold());
                }
            }
        }
        out.print("current, all negatives: ");
        print(out, calibration.at(params).at(params.threshold()));
        out.print("current, off-topic examples only: ");
        print(
                out,
                new FusionCalibration(folded.positives(), folded.offTopic())
                        .at(params)
                        .at(params.threshold()));
        if (confusions) {
            out.println("cross-validated confusions at the current weight (expected -> got):");
            calibration.confusions(params).forEach((k, v) -> out.println("  " + k + ": " + v));
        }
        return best;
    }

    /** Prints Lucene's trade-off; returns its best threshold at the current field weights. */
    private static double report(RetrievalCalibration calibration, PrintStream out) {
        RetrievalParams params = RetrievalParams.DEFAULT;
        out.printf(
                "positives: %d phrasings (leave-one-out); negatives: %d off-topic lines%n",
                calibration.positiveCount(), calibration.negativeCount());
        out.printf(
                Locale.ROOT,
                "params: answerBoost=%.2f neighbours=%d threshold=%.2f%n",
                params.answerBoost(),
                params.neighbours(),
                params.threshold());
        out.println("threshold  answered-right  abstained-off-topic  balanced");
        for (int step = 0; step <= 60; step += 5) {
            print(out, calibration.at(step / 100.0));
        }
        out.print("best: ");
        print(out, calibration.best());
        out.print("current: ");
        print(out, calibration.at(params.threshold()));
        for (String language : Phrasings.LANGUAGES) {
            out.printf(
                    Locale.ROOT,
                    "answered right at the current threshold, %s: %.1f%%%n",
                    language,
                    100 * calibration.answeredRight(language, params.threshold()));
        }
        return calibration.best().threshold();
    }

    private static void grid(
            LuceneRetrieval retrieval, ContentSet content, List<String> offTopic, PrintStream out) {
        out.println("answerBoost neighbours | best threshold, answered-right, abstained, balanced");
        for (float answer : new float[] {0f, 0.3f, 0.6f, 1f}) {
            for (int neighbours : new int[] {1, 4, 8, 12}) {
                RetrievalParams params = new RetrievalParams(answer, neighbours, 0);
                RetrievalCalibration calibration =
                        new RetrievalCalibration(
                                retrieval.withParams(params), content.topics(), offTopic);
                out.printf(Locale.ROOT, "%11.2f %10d | ", answer, neighbours);
                print(out, calibration.best());
            }
        }
    }

    private static void print(PrintStream out, RetrievalCalibration.Point point) {
        out.printf(
                Locale.ROOT,
                "%9.2f  %13.1f%%  %18.1f%%  %7.1f%%%n",
                point.threshold(),
                100 * point.answeredRight(),
                100 * point.abstainedOffTopic(),
                100 * point.balanced());
    }
}
