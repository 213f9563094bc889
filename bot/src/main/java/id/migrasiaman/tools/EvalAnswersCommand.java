package id.migrasiaman.tools;

import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.evaluation.AnswerEvaluation;
import id.migrasiaman.knowledge.evaluation.EvaluationLabels;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code eval-answers FILE.tsv [--content DIR] [--json]}: evaluates retrieval on a file with the
 * header {@code topic<TAB>question}, where topic is a topic id or {@code none}. Runs without
 * Spring.
 */
public final class EvalAnswersCommand {

    private EvalAnswersCommand() {}

    /** Runs the command; returns the process exit code (2 for a usage error). */
    public static int run(String[] arguments, PrintStream out) {
        CommandArgs args = new CommandArgs(arguments);
        if (args.positional().size() != 1) {
            out.println("usage: eval-answers FILE.tsv [--content DIR] [--json]");
            return 2;
        }
        Path file = Path.of(args.positional().get(0));
        Path content = args.path("--content", "content");
        // a topic split off a broader one is scored as the label the file was written with
        Retrieval retrieval =
                EvaluationLabels.fromDirectory(content).scoring(Retrieval.fromDirectory(content));
        List<AnswerEvaluation.Labelled> questions = read(file);
        AnswerEvaluation alone = AnswerEvaluation.run(retrieval, questions);
        AnswerEvaluation system =
                AnswerEvaluation.run(AnswerEvaluation.throughIntentGate(retrieval), questions);
        if (args.has("--json")) {
            out.println("{\"retrieval\":" + json(alone) + ",\"system\":" + json(system) + "}");
        } else {
            out.println("== retrieval alone");
            out.println(text(alone, file, content));
            out.println("== full system: intent gate (greeting/out_of_scope) + retrieval");
            out.println(text(system, file, content));
        }
        return 0;
    }

    static List<AnswerEvaluation.Labelled> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", 2))
                    .filter(cols -> cols.length == 2)
                    .map(cols -> new AnswerEvaluation.Labelled(cols[0].strip(), cols[1].strip()))
                    .toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(AnswerEvaluation r, Path file, Path content) {
        StringBuilder text = new StringBuilder();
        line(text, "eval-answers %s (content %s)", file, content);
        line(
                text,
                "right topic first: %d/%d = %.1f%% (abstained on %d topic questions)",
                r.right(),
                r.topicLines(),
                100 * r.accuracy(),
                r.abstainedOnTopic());
        line(
                text,
                "abstained on off-topic: %d/%d = %.1f%%",
                r.abstainedOnNone(),
                r.noneLines(),
                100 * r.abstention());
        line(
                text,
                "latency per question: median %d µs, p95 %d µs (CPU time: median %d µs)",
                r.medianMicros(),
                r.p95Micros(),
                r.medianCpuMicros());
        text.append("confusions (expected -> got):");
        r.confusions()
                .forEach(
                        (pair, count) ->
                                text.append("\n  ").append(pair).append(": ").append(count));
        return text.toString();
    }

    private static void line(StringBuilder text, String format, Object... values) {
        text.append(String.format(Locale.ROOT, format, values)).append('\n');
    }

    private static String json(AnswerEvaluation r) {
        String confusions =
                r.confusions().entrySet().stream()
                        .map(e -> "\"" + escape(e.getKey()) + "\":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}"));
        return String.format(
                Locale.ROOT,
                "{\"topicLines\":%d,\"right\":%d,\"accuracy\":%.4f,\"abstainedOnTopic\":%d,"
                        + "\"noneLines\":%d,\"abstainedOnNone\":%d,\"abstention\":%.4f,"
                        + "\"medianMicros\":%d,\"p95Micros\":%d,\"medianCpuMicros\":%d,"
                        + "\"confusions\":%s}",
                r.topicLines(),
                r.right(),
                r.accuracy(),
                r.abstainedOnTopic(),
                r.noneLines(),
                r.abstainedOnNone(),
                r.abstention(),
                r.medianMicros(),
                r.p95Micros(),
                r.medianCpuMicros(),
                confusions);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
