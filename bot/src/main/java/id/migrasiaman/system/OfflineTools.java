package id.migrasiaman.system;

import id.migrasiaman.nlp.ClassifyCommand;
import id.migrasiaman.nlp.EvalCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The command-line tools that run without Spring, MongoDB or a web server. */
final class OfflineTools {

    private OfflineTools() {}

    static Map<String, Consumer<String[]>> all() {
        Map<String, Consumer<String[]>> tools = new LinkedHashMap<>();
        tools.put("classify", new ClassifyCommand(text -> null));
        tools.put("eval", new EvalCommand());
        return tools;
    }
}
