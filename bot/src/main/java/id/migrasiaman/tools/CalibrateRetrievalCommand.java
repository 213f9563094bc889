package id.migrasiaman.tools;

import id.migrasiaman.knowledge.RetrievalTuning;
import id.migrasiaman.knowledge.evaluation.CalibrationReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code calibrate-retrieval [--content DIR] [--corpus DIR] [--grid] [--confusions] [--write
 * FILE]}: prints how the abstention thresholds trade right answers against abstentions on off-topic
 * messages; {@code --grid} also tries other weights; {@code --write} writes the best parameters
 * found to a params file (the bot's is {@code
 * bot/src/main/resources/id/migrasiaman/knowledge/retrieval.properties}).
 */
public final class CalibrateRetrievalCommand {

    private CalibrateRetrievalCommand() {}

    /** Runs the command; returns the process exit code. */
    public static int run(String[] arguments, PrintStream out) {
        CommandArgs args = new CommandArgs(arguments);
        RetrievalTuning best =
                CalibrationReport.run(
                        args.path("--content", "content"),
                        args.path("--corpus", "nlp-models/corpus/train"),
                        args.has("--grid"),
                        args.has("--confusions"),
                        out);
        out.println("best: " + best);
        if (args.has("--write")) {
            Path file = args.path("--write", "retrieval.properties");
            best.write(
                    file,
                    List.of(
                            "Retrieval hyperparameters, read at start (RetrievalTuning).",
                            String.format(
                                    Locale.ROOT,
                                    "Written by calibrate-retrieval%s (cross-validation on the"
                                            + " content and the NLP corpus's off-topic lines).",
                                    args.has("--grid") ? " --grid" : ""),
                            "Review the diff against the previous values, then rebuild."));
            out.println("written: " + file);
        }
        return 0;
    }
}
