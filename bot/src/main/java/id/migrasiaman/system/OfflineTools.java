package id.migrasiaman.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The command-line tools that run without Spring, MongoDB or a web server. */
final class OfflineTools {

    private OfflineTools() {}

    static Map<String, Consumer<String[]>> all() {
        Map<String, Consumer<String[]>> tools = new LinkedHashMap<>();
        return tools;
    }
}
