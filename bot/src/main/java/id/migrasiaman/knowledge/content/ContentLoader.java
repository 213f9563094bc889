package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.lint.ContentValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a content directory into a {@link ContentSet}, collecting the problems found while reading
 * (syntax errors, missing or mistyped fields). The semantic rules live in {@link ContentValidator}.
 */
public final class ContentLoader {

    private ContentLoader() {}

    /** What was read, and what was wrong with it. */
    public record Loaded(ContentSet content, List<Problem> problems) {}

    public static Loaded load(Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        for (String file : YamlFiles.topicFiles(dir)) {
            YamlFiles.read(dir, file, problems)
                    .map(yaml -> ContentReaders.topic(Fields.root(file, yaml, problems)))
                    .ifPresent(topics::add);
        }
        topics.sort(Comparator.comparing(Topic::id));
        List<Hotline> hotlines =
                YamlFiles.read(dir, YamlFiles.HOTLINES, problems)
                        .map(y -> ContentReaders.hotlines(root(YamlFiles.HOTLINES, y, problems)))
                        .orElse(List.of());
        List<RedFlag> flags =
                YamlFiles.read(dir, YamlFiles.RED_FLAGS, problems)
                        .map(y -> ContentReaders.flags(root(YamlFiles.RED_FLAGS, y, problems)))
                        .orElse(List.of());
        Phrasings offTopic =
                YamlFiles.readOptional(dir, YamlFiles.OFF_TOPIC, problems)
                        .map(y -> ContentReaders.offTopic(root(YamlFiles.OFF_TOPIC, y, problems)))
                        .orElse(Phrasings.NONE);
        return new Loaded(new ContentSet(topics, hotlines, flags, offTopic), problems);
    }

    private static Fields root(String file, Object yaml, List<Problem> problems) {
        return Fields.root(file, yaml, problems);
    }
}
