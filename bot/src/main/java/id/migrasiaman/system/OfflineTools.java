package id.migrasiaman.system;

import id.migrasiaman.knowledge.CalibrateRetrievalCommand;
import id.migrasiaman.knowledge.EvalAnswersCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The command-line tools that run without Spring, MongoDB or a web server. */
final class OfflineTools {

    private OfflineTools() {}

    static Map<String, Consumer<String[]>> all() {
        Map<String, Consumer<String[]>> tools = new LinkedHashMap<>();
        tools.put("eval-answers", exiting(EvalAnswersCommand::run));
        tools.put("calibrate-retrieval", exiting(CalibrateRetrievalCommand::run));
        return tools;
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
