package id.migrasiaman.knowledge.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads the content directory's YAML files; syntax errors become problems with a line number. */
public final class YamlFiles {

    static final String TOPICS = "topics";
    public static final String HOTLINES = "hotlines.yml";
    public static final String RED_FLAGS = "red-flags.yml";
    public static final String OFF_TOPIC = "off-topic.yml";

    private YamlFiles() {}

    /** The topic files, sorted, as paths relative to {@code dir} with forward slashes. */
    public static List<String> topicFiles(Path dir) {
        Path topics = dir.resolve(TOPICS);
        if (!Files.isDirectory(topics)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(topics)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yml") || name.endsWith(".yaml"))
                    .sorted()
                    .map(name -> TOPICS + "/" + name)
                    .toList();
        } catch (IOException e) {
            throw new ContentReadException(topics, e);
        }
    }

    /** Like {@link #read}, but a missing file is not a problem. */
    static Optional<Object> readOptional(Path dir, String file, List<Problem> problems) {
        return Files.exists(dir.resolve(file)) ? read(dir, file, problems) : Optional.empty();
    }

    /** The parsed document of {@code dir/file}, or empty after recording why it could not be. */
    static Optional<Object> read(Path dir, String file, List<Problem> problems) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(new Problem(file, "is missing"));
            return Optional.empty();
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return Optional.ofNullable(parser().load(text));
        } catch (MarkedYAMLException e) {
            problems.add(new Problem(file, "YAML error " + where(e) + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(new Problem(file, "YAML error: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(file, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static String where(MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        return mark == null
                ? ""
                : "at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
    }

    /** The directory itself cannot be listed. */
    static final class ContentReadException extends RuntimeException {
        ContentReadException(Path path, IOException cause) {
            super("Cannot read " + path + ": " + cause.getMessage(), cause);
        }
    }
}
