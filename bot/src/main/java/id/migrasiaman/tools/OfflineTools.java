package id.migrasiaman.tools;

import id.migrasiaman.knowledge.OfferChecker;
import id.migrasiaman.knowledge.RedFlagHit;
import id.migrasiaman.knowledge.Retrieval;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** The command-line tools that run without Spring, MongoDB or a web server. */
public final class OfflineTools {

    private OfflineTools() {}

    public static Map<String, Consumer<String[]>> all() {
        Map<String, Consumer<String[]>> tools = new LinkedHashMap<>();
        tools.put(
                "classify", args -> new ClassifyCommand(topicFinder(), flagFinder()).accept(args));
        tools.put("eval", new EvalCommand());
        tools.put("eval-answers", exiting(EvalAnswersCommand::run));
        tools.put("calibrate-retrieval", exiting(CalibrateRetrievalCommand::run));
        return tools;
    }

    /**
     * Retrieval over {@code MIGRASI_CONTENT_DIR} (default {@code ./content}): the classify output's
     * topic.
     */
    private static Function<String, String> topicFinder() {
        Retrieval retrieval = Retrieval.fromDirectory(contentDir());
        return text -> retrieval.topicFor(text).orElse(null);
    }

    /** The offer checker over the content's red flags: the classify output's flags. */
    private static BiFunction<String, List<String>, List<String>> flagFinder() {
        OfferChecker checker = OfferChecker.fromDirectory(contentDir());
        return (text, understood) ->
                checker.check(text, understood).stream().map(RedFlagHit::flagId).toList();
    }

    private static Path contentDir() {
        Path dir = Path.of(System.getenv().getOrDefault("MIGRASI_CONTENT_DIR", "content"));
        // From the bot module (Maven tests) the repository's content is one level up.
        if (!java.nio.file.Files.isDirectory(dir) && !dir.isAbsolute()) {
            dir = Path.of("..").resolve(dir);
        }
        return dir;
    }

    /** A command that returns an exit code, run so that a failure ends the process with it. */
    private static Consumer<String[]> exiting(Command command) {
        return args -> {
            int code = command.run(args, System.out);
            if (code != 0) {
                System.exit(code);
            }
        };
    }

    private interface Command {
        int run(String[] args, java.io.PrintStream out);
    }
}
