package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.OpenNlpAnalyser;
import id.migrasiaman.nlp.model.ModelSet;
import id.migrasiaman.nlp.model.Routing;
import id.migrasiaman.nlp.model.Scores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * K-fold cross-validation of the whole pipeline (language, normalisation, intent, relevance, safety
 * net) on the training corpus, stratified by language and label; the way to tune params, lexicons
 * and thresholds without looking at the held-out test set. Each fold's models score its messages
 * once; the thresholds are then applied (and, with {@code -Dcv.tune=true}, searched) on those
 * scores. Override params with {@code -Dintent.KEY=VALUE}, {@code -Drelevance.KEY=VALUE}, {@code
 * -Dlanguage.KEY=VALUE}; {@code -Dcv.errors=true} lists the misclassified messages on stderr.
 */
public final class CrossValidator {

    /** One message of a validation fold and what the fold's models said about it. */
    record Scored(LabelledMessage message, Scores scores) {}

    private CrossValidator() {}

    /**
     * Usage: {@code CrossValidator CORPUS_TRAIN_FOLDER [K [CONTENT_FOLDER]]}; the content's
     * questions join every fold's relevance training (never a validation fold), as in the build.
     */
    public static void main(String[] args) {
        List<LabelledMessage> corpus = Corpus.readFolder(Path.of(args[0]));
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<LabelledMessage> content =
                args.length > 2 ? ContentQuestions.read(Path.of(args[2])) : List.of();
        ModelSet.Params params = ModelSet.Params.load();
        List<Scored> scored = score(corpus, content, k, params);
        Routing routing = Routing.of(params.intent(), params.relevance());
        double relevantFrom = params.relevance().number("Threshold", 0.5);
        EvaluationReport report = Evaluator.evaluate(predictions(scored, routing));
        System.out.println(report.toText());
        System.out.println(RelevanceReport.of(scored, relevantFrom).toText());
        long languageHits =
                scored.stream()
                        .filter(s -> s.scores().language().equals(s.message().language()))
                        .count();
        System.out.printf(
                Locale.ROOT,
                "language accuracy %.3f (%d of %d)%n",
                (double) languageHits / scored.size(),
                languageHits,
                scored.size());
        if (Boolean.getBoolean("cv.errors")) {
            printErrors(scored, routing);
        }
        if (Boolean.getBoolean("cv.tune")) {
            System.out.println(ThresholdSearch.routing(scored, routing));
            System.out.println(ThresholdSearch.relevance(scored));
        }
    }

    /** Trains on k-1 folds and scores the k-th, for every fold. */
    static List<Scored> score(List<LabelledMessage> corpus, int k, ModelSet.Params params) {
        return score(corpus, List.of(), k, params);
    }

    /**
     * As {@link #score(List, int, ModelSet.Params)}, the relevance model also learning {@code
     * extra}.
     */
    static List<Scored> score(
            List<LabelledMessage> corpus,
            List<LabelledMessage> extra,
            int k,
            ModelSet.Params params) {
        List<List<LabelledMessage>> folds =
                Folds.of(corpus, k, m -> m.language() + "\t" + m.label());
        List<Scored> scored = new ArrayList<>(corpus.size());
        for (int f = 0; f < k; f++) {
            List<LabelledMessage> train = Folds.rest(folds, f);
            ModelSet models =
                    new ModelSet(
                            Training.intent(train, params.intent()),
                            params.intent(),
                            Training.language(train, params.language()),
                            params.language(),
                            Training.relevance(train, extra, params.relevance()),
                            params.relevance(),
                            Map.of(),
                            params.flags());
            OpenNlpAnalyser analyser = OpenNlpAnalyser.of(models);
            for (LabelledMessage m : folds.get(f)) {
                scored.add(new Scored(m, analyser.scores(m.text())));
            }
        }
        return scored;
    }

    /** The routed intent of every scored message under {@code routing}. */
    static List<Evaluator.Prediction> predictions(List<Scored> scored, Routing routing) {
        List<Evaluator.Prediction> predictions = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            predictions.add(
                    new Evaluator.Prediction(
                            s.message().language(), s.message().label(), route(s, routing)));
        }
        return predictions;
    }

    static String route(Scored s, Routing routing) {
        Scores scores = s.scores();
        if (scores.intents().isEmpty()) {
            return Intent.OUT_OF_SCOPE.label();
        }
        Intent best = scores.best();
        return routing.route(
                        best,
                        scores.probability(best),
                        scores.second(),
                        scores.signal(),
                        scores.relevance())
                .label();
    }

    /** Lists misclassified messages on stderr: gold, predicted, language, text. */
    private static void printErrors(List<Scored> scored, Routing routing) {
        for (Scored s : scored) {
            String predicted = route(s, routing);
            if (!predicted.equals(s.message().label())) {
                System.err.printf(
                        Locale.ROOT,
                        "%s\t%s\t%s\t%.2f\t%s%n",
                        s.message().label(),
                        predicted,
                        s.message().language(),
                        s.scores().relevance(),
                        s.message().text());
            }
        }
    }
}
