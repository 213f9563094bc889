package id.migrasiaman.tools;

import id.migrasiaman.nlp.OpenNlpAnalyser;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.nlp.training.Corpus;
import id.migrasiaman.nlp.training.EvaluationReport;
import id.migrasiaman.nlp.training.Evaluator;
import id.migrasiaman.nlp.training.LabelledMessage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval FILE.tsv [FILE.tsv ...] [--json]}: classifies labelled TSV files ({@code
 * label<TAB>text} with a header) and prints accuracy, macro-F1, per-label precision/recall/F1 and
 * the confusion matrix; per language when files are named {@code id.tsv}, {@code mkn.tsv}, {@code
 * en.tsv}. {@code --json} prints the same as one JSON object.
 */
public final class EvalCommand implements Consumer<String[]> {

    private static final Set<String> LANGUAGES = Set.of("id", "mkn", "en");

    private final Supplier<TextAnalyser> analyser;
    private final PrintStream out;

    public EvalCommand() {
        this(OpenNlpAnalyser::fromClasspath, OfflineStreams.stdout());
    }

    EvalCommand(Supplier<TextAnalyser> analyser, PrintStream out) {
        this.analyser = analyser;
        this.out = out;
    }

    @Override
    public void accept(String[] args) {
        OfflineStreams.logToStderr();
        boolean json = List.of(args).contains("--json");
        List<LabelledMessage> messages = new ArrayList<>();
        for (String arg : args) {
            if (!arg.equals("--json")) {
                messages.addAll(read(Path.of(arg)));
            }
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("usage: eval FILE.tsv [FILE.tsv ...] [--json]");
        }
        EvaluationReport report = Evaluator.evaluate(Evaluator.predict(analyser.get(), messages));
        if (json) {
            JsonMapper mapper =
                    JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            out.println(mapper.writeValueAsString(report));
        } else {
            out.print(report.toText());
        }
        out.flush();
    }

    /** Messages of files not named after a language count overall but in no language. */
    private static List<LabelledMessage> read(Path file) {
        return Corpus.read(file).stream()
                .map(
                        m ->
                                LANGUAGES.contains(m.language())
                                        ? m
                                        : new LabelledMessage(null, m.label(), m.text()))
                .toList();
    }
}
