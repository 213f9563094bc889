package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.Localized;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, forgiving access to one YAML mapping: a missing or mistyped field becomes a {@link
 * Problem} naming its path (e.g. {@code sources[2].url is missing}) and an empty value, so one pass
 * reports every mistake in a file.
 */
final class Fields {

    private final String file;
    private final String path;
    private final Map<?, ?> map;
    private final List<Problem> problems;
    private final boolean silent;

    private Fields(
            String file, String path, Map<?, ?> map, List<Problem> problems, boolean silent) {
        this.file = file;
        this.path = path;
        this.map = map;
        this.problems = problems;
        this.silent = silent;
    }

    /** The top-level mapping of a file. */
    static Fields root(String file, Object yaml, List<Problem> problems) {
        if (yaml instanceof Map<?, ?> map) {
            return new Fields(file, "", map, problems, false);
        }
        problems.add(new Problem(file, "is not a YAML mapping of fields"));
        return new Fields(file, "", Map.of(), problems, true);
    }

    /** A required non-blank scalar; numbers and dates are turned into text. */
    String text(String key) {
        Object value = map.get(key);
        if (value == null || scalar(value).isBlank()) {
            report(key, "is missing");
            return "";
        }
        if (value instanceof Map || value instanceof List) {
            report(key, "must be text, not a " + (value instanceof Map ? "mapping" : "list"));
            return "";
        }
        return scalar(value).strip();
    }

    /** An optional scalar: empty when absent. */
    String optionalText(String key) {
        Object value = map.get(key);
        return value == null || value instanceof Map || value instanceof List
                ? ""
                : scalar(value).strip();
    }

    /** A required date in {@code yyyy-MM-dd}. */
    String date(String key) {
        String text = text(key);
        try {
            return text.isEmpty() ? "" : LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            report(key, "'" + text + "' is not a date (yyyy-MM-dd)");
            return "";
        }
    }

    /** A required mapping with {@code id} and {@code en} texts. */
    Localized localized(String key) {
        Fields child = child(key);
        return new Localized(child.text("id"), child.text("en"));
    }

    /** A required nested mapping; when missing, later lookups in it report nothing more. */
    Fields child(String key) {
        Object value = map.get(key);
        if (value instanceof Map<?, ?> child) {
            return new Fields(file, path(key), child, problems, silent);
        }
        report(key, value == null ? "is missing" : "must be a mapping");
        return new Fields(file, path(key), Map.of(), problems, true);
    }

    /** Whether {@code key} is present. */
    boolean has(String key) {
        return map.get(key) != null;
    }

    /** An optional nested mapping. */
    Optional<Fields> optionalChild(String key) {
        return map.get(key) == null ? Optional.empty() : Optional.of(child(key));
    }

    /** A required list of texts; blank entries are reported and dropped. */
    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        List<?> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            String text = items.get(i) == null ? "" : scalar(items.get(i)).strip();
            if (text.isEmpty() || items.get(i) instanceof Map || items.get(i) instanceof List) {
                report(key + "[" + (i + 1) + "]", "must be non-empty text");
            } else {
                texts.add(text);
            }
        }
        return texts;
    }

    /** A required list of mappings, e.g. {@code sources}. */
    List<Fields> mappings(String key) {
        List<Fields> children = new ArrayList<>();
        List<?> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path(key) + "[" + (i + 1) + "]";
            if (items.get(i) instanceof Map<?, ?> child) {
                children.add(new Fields(file, itemPath, child, problems, silent));
            } else {
                report(key + "[" + (i + 1) + "]", "must be a mapping");
            }
        }
        return children;
    }

    /** Reports keys other than {@code allowed}, which are usually typos of a field name. */
    void allowOnly(List<String> allowed) {
        map.keySet().stream()
                .map(String::valueOf)
                .filter(k -> !allowed.contains(k))
                .forEach(k -> report(k, "is not a known field (expected one of " + allowed + ")"));
    }

    String file() {
        return file;
    }

    void report(String key, String message) {
        if (!silent) {
            problems.add(new Problem(file, path(key) + " " + message));
        }
    }

    private List<?> list(String key) {
        Object value = map.get(key);
        if (value instanceof List<?> items) {
            return items;
        }
        report(key, value == null ? "is missing" : "must be a list");
        return List.of();
    }

    private String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String scalar(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(value);
    }
}
