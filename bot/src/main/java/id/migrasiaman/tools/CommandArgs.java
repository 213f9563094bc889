package id.migrasiaman.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The arguments of the knowledge commands: positional files, {@code --name value}, flags. */
final class CommandArgs {

    private final List<String> positional = new ArrayList<>();
    private final List<String> args;

    CommandArgs(String[] args) {
        this.args = List.of(args);
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                i += isFlag(args[i]) ? 0 : 1;
            } else {
                positional.add(args[i]);
            }
        }
    }

    private static boolean isFlag(String arg) {
        return arg.equals("--json") || arg.equals("--grid") || arg.equals("--confusions");
    }

    boolean has(String flag) {
        return args.contains(flag);
    }

    Path path(String option, String fallback) {
        int at = args.indexOf(option);
        return Path.of(at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback);
    }

    List<String> positional() {
        return positional;
    }
}
