package id.migrasiaman.nlp.training;

import java.util.Map;

/**
 * The scores of a set of predictions.
 *
 * @param n number of messages
 * @param accuracy share of messages whose predicted intent is the gold one
 * @param macroF1 mean F1 over the labels that occur in the gold data
 * @param perLabel precision, recall, F1 and support of each label
 * @param confusion gold label to predicted label to count
 * @param byLanguage the same scores per language (empty inside a language)
 */
public record EvaluationReport(
        int n,
        double accuracy,
        double macroF1,
        Map<String, LabelScores> perLabel,
        Map<String, Map<String, Integer>> confusion,
        Map<String, EvaluationReport> byLanguage) {

    /** Scores of one label; {@code support} is its number of gold messages. */
    public record LabelScores(double precision, double recall, double f1, int support) {}

    /** Recall of {@code label}, 0 when the label has no gold messages. */
    public double recall(String label) {
        LabelScores s = perLabel.get(label);
        return s == null ? 0 : s.recall();
    }

    /** A plain-text table: summary, per-label scores, confusion matrix, per-language summary. */
    public String toText() {
        return ReportText.render(this);
    }
}
