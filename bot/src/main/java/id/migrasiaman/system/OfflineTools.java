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
        tools.put("eval-answers", EvalAnswersCommand::main);
        tools.put("calibrate-retrieval", CalibrateRetrievalCommand::main);
        return tools;
    }
}
