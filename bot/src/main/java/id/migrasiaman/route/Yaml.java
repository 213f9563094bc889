package id.migrasiaman.route;

import id.migrasiaman.knowledge.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Small readers over SnakeYAML's maps and lists; a missing or broken file is a problem. */
final class Yaml {

    private Yaml() {}

    static Map<String, Object> file(Path path, List<String> problems) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object doc =
                    new org.yaml.snakeyaml.Yaml(new SafeConstructor(options))
                            .load(Files.readString(path, StandardCharsets.UTF_8));
            return map(doc);
        } catch (IOException | YAMLException e) {
            problems.add(path.getFileName() + ": cannot be read: " + e.getMessage());
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Map<String, Object>> maps(Object value) {
        return list(value).stream().map(Yaml::map).toList();
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l
                ? List.copyOf(l.stream().map(o -> (Object) o).toList())
                : List.of();
    }

    static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    static String str(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    static boolean unknown(Object value) {
        return value == null || "unknown".equals(value);
    }

    /** An {@code {id, en}} mapping, or null when absent or unknown. */
    static Localized text(Object value) {
        Map<String, Object> m = map(value);
        if (m.isEmpty()) {
            return null;
        }
        return new Localized(str(m.getOrDefault("id", "")), str(m.getOrDefault("en", "")));
    }
}
