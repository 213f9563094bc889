package id.migrasiaman.knowledge;

import id.migrasiaman.knowledge.content.YamlFiles;
import id.migrasiaman.knowledge.lint.ContentValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Writes small, valid content directories for tests; tests then break one thing at a time. */
public final class ContentFixtures {

    private ContentFixtures() {}

    /** Writes a valid content directory (all required topics and flags) into {@code dir}. */
    public static Path validContent(Path dir) {
        List<String> ids = ContentValidator.REQUIRED_TOPICS;
        for (int i = 0; i < ids.size(); i++) {
            String related = ids.get((i + 1) % ids.size());
            write(dir, "topics/" + ids.get(i) + ".yml", topicYaml(ids.get(i), related));
        }
        write(dir, YamlFiles.HOTLINES, HOTLINES);
        write(dir, YamlFiles.RED_FLAGS, redFlagsYaml());
        return dir;
    }

    static String topicYaml(String id, String related) {
        String words = id.replace('-', ' ');
        return """
                id: %1$s
                title:
                  id: "Judul %2$s"
                  en: "Title %2$s"
                label: {id: "%1$s", en: "%1$s"}
                questions:
                  id:
                %3$s
                  mkn:
                %4$s
                  en:
                %5$s
                answer:
                  id: |
                    <b>Jawaban %2$s</b>
                    Tanya gratis: KP2MI 0-800-1000
                  en: |
                    <b>Answer %2$s</b>
                    Ask for free: KP2MI 0-800-1000
                more:
                  id: "Lebih lanjut tentang %2$s."
                  en: "More about %2$s."
                sources:
                  - title: "Sumber %2$s"
                    publisher: "Penerbit"
                    url: "https://example.org/%1$s"
                    date: 2025-01-01
                last_reviewed: 2026-11-28
                related: [%6$s]
                """
                .formatted(
                        id,
                        words,
                        items(10, "pertanyaan tentang " + words + " versi %s"),
                        items(3, "beta mau tau " + words + " %s"),
                        items(3, "question about " + words + " %s"),
                        related);
    }

    /** Words, not numbers, tell phrasings apart: the normaliser turns numbers into one token. */
    static final List<String> VARIANTS =
            List.of(
                    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
                    "india", "juliet");

    private static String items(int count, String format) {
        return IntStream.range(0, count)
                .mapToObj(n -> "    - \"" + format.formatted(VARIANTS.get(n)) + "\"")
                .collect(Collectors.joining("\n"));
    }

    static final String SOURCE =
            "{title: \"Sumber\", publisher: \"Penerbit\", url: \"https://example.org/s\","
                    + " date: 2025-01-01}";

    static final String HOTLINES =
            """
            hotlines:
              - id: kp2mi-call-center
                name: {id: "Call center KP2MI", en: "KP2MI call centre"}
                number: "0-800-1000"
                kind: phone
                when: {id: "Tanya jalur resmi.", en: "Ask about the legal route."}
                source: %1$s
                confidence: M
              - id: police-110
                name: {id: "Polisi", en: "Police"}
                number: "110"
                kind: phone
                when: {id: "Darurat.", en: "Emergencies."}
                source: %1$s
                confidence: M
            """
                    .formatted(SOURCE);

    static String redFlagsYaml() {
        return "flags:\n"
                + ContentValidator.REQUIRED_FLAGS.stream()
                        .map(ContentFixtures::flagYaml)
                        .collect(Collectors.joining());
    }

    private static String flagYaml(String id) {
        String words = id.replace('-', ' ');
        return """
                  - id: %1$s
                    title: {id: "Tanda %2$s", en: "Sign %2$s"}
                    explanation: {id: "Bahaya %2$s.", en: "Danger %2$s."}
                    patterns:
                      - "%2$s"
                    source: %3$s
                """
                .formatted(id, words, SOURCE);
    }

    public static void write(Path dir, String file, String text) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path dir, String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one file; the change must alter it, so a typo in a test cannot pass silently. */
    public static void edit(Path dir, String file, UnaryOperator<String> change) {
        String before = read(dir, file);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("edit left " + file + " unchanged");
        }
        write(dir, file, after);
    }
}
