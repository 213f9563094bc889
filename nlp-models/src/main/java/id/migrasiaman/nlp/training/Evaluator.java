package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.TextAnalyser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores intent predictions against gold labels: accuracy, macro-F1 (over the labels present in the
 * gold data), per-label precision/recall/F1, confusion matrix, and the same per language.
 */
public final class Evaluator {

    /** One scored message. */
    public record Prediction(String language, String gold, String predicted) {}

    private Evaluator() {}

    /** Runs {@code analyser} on each message of {@code corpus}. */
    public static List<Prediction> predict(TextAnalyser analyser, List<LabelledMessage> corpus) {
        List<Prediction> predictions = new ArrayList<>(corpus.size());
        for (LabelledMessage m : corpus) {
            String predicted = analyser.analyse(m.text()).intent().label();
            predictions.add(new Prediction(m.language(), m.label(), predicted));
        }
        return predictions;
    }

    /** The report over all predictions, with a breakdown per language. */
    public static EvaluationReport evaluate(List<Prediction> predictions) {
        Map<String, List<Prediction>> byLanguage = new TreeMap<>();
        for (Prediction p : predictions) {
            if (p.language() == null) {
                continue; // a file not named after a language counts only overall
            }
            byLanguage.computeIfAbsent(p.language(), k -> new ArrayList<>()).add(p);
        }
        Map<String, EvaluationReport> languages = new LinkedHashMap<>();
        byLanguage.forEach((language, list) -> languages.put(language, score(list, Map.of())));
        return score(predictions, languages);
    }

    private static EvaluationReport score(
            List<Prediction> predictions, Map<String, EvaluationReport> byLanguage) {
        TreeSet<String> labels = new TreeSet<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        int correct = 0;
        for (Prediction p : predictions) {
            labels.add(p.gold());
            labels.add(p.predicted());
            confusion
                    .computeIfAbsent(p.gold(), k -> new TreeMap<>())
                    .merge(p.predicted(), 1, Integer::sum);
            correct += p.gold().equals(p.predicted()) ? 1 : 0;
        }
        Map<String, EvaluationReport.LabelScores> perLabel = new LinkedHashMap<>();
        double f1Sum = 0;
        int goldLabels = 0;
        for (String label : labels) {
            EvaluationReport.LabelScores s = scores(label, predictions);
            perLabel.put(label, s);
            if (s.support() > 0) {
                f1Sum += s.f1();
                goldLabels++;
            }
        }
        int n = predictions.size();
        return new EvaluationReport(
                n,
                n == 0 ? 0 : (double) correct / n,
                goldLabels == 0 ? 0 : f1Sum / goldLabels,
                perLabel,
                confusion,
                byLanguage);
    }

    private static EvaluationReport.LabelScores scores(String label, List<Prediction> all) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Prediction p : all) {
            boolean gold = p.gold().equals(label);
            boolean predicted = p.predicted().equals(label);
            tp += gold && predicted ? 1 : 0;
            fp += !gold && predicted ? 1 : 0;
            fn += gold && !predicted ? 1 : 0;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new EvaluationReport.LabelScores(precision, recall, f1, tp + fn);
    }
}
