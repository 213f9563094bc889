package id.migrasiaman.nlp.training;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Renders an {@link EvaluationReport} as aligned plain text for people. */
final class ReportText {

    private ReportText() {}

    static String render(EvaluationReport r) {
        StringBuilder out = new StringBuilder();
        out.append(summary("all", r)).append('\n');
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-20s %9s %9s %9s %7s%n",
                        "label",
                        "precision",
                        "recall",
                        "f1",
                        "n"));
        r.perLabel()
                .forEach(
                        (label, s) ->
                                out.append(
                                        String.format(
                                                Locale.ROOT,
                                                "%-20s %9.3f %9.3f %9.3f %7d%n",
                                                label,
                                                s.precision(),
                                                s.recall(),
                                                s.f1(),
                                                s.support())));
        out.append("\nconfusion (rows gold, columns predicted)\n");
        confusion(r, out);
        if (!r.byLanguage().isEmpty()) {
            out.append('\n');
            r.byLanguage()
                    .forEach((language, lr) -> out.append(summary(language, lr)).append('\n'));
        }
        return out.toString();
    }

    private static String summary(String name, EvaluationReport r) {
        return String.format(
                Locale.ROOT,
                "%-6s n=%d accuracy=%.3f macro-F1=%.3f emergency-recall=%.3f broker_report-recall=%.3f",
                name,
                r.n(),
                r.accuracy(),
                r.macroF1(),
                r.recall("emergency"),
                r.recall("broker_report"));
    }

    private static void confusion(EvaluationReport r, StringBuilder out) {
        Set<String> labels = new TreeSet<>(r.perLabel().keySet());
        out.append(String.format(Locale.ROOT, "%-20s", ""));
        labels.forEach(l -> out.append(String.format(Locale.ROOT, " %6.6s", l)));
        out.append('\n');
        for (String gold : labels) {
            Map<String, Integer> row = r.confusion().getOrDefault(gold, Map.of());
            out.append(String.format(Locale.ROOT, "%-20s", gold));
            labels.forEach(
                    p -> out.append(String.format(Locale.ROOT, " %6d", row.getOrDefault(p, 0))));
            out.append('\n');
        }
    }
}
