package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.Intent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The questions of the curated content ({@code content/topics/*.yml}: the phrasings each topic
 * answers; {@code content/off-topic.yml}: questions that share the topics' words but are about
 * something else), as extra examples for the relevance model: a topic's phrasing is about working
 * abroad ({@code procedure_question}), an off-topic one is not ({@code out_of_scope}). Reads only
 * the {@code questions:} block of each file: a language key ({@code id:}, {@code mkn:}, {@code
 * en:}) indented by two spaces, then one {@code - question} a line.
 */
public final class ContentQuestions {

    private static final Set<String> LANGUAGES = Set.of("id", "mkn", "en");

    private ContentQuestions() {}

    /** Every topic phrasing and off-topic question under {@code content}; empty when absent. */
    public static List<LabelledMessage> read(Path content) {
        List<LabelledMessage> out = new ArrayList<>();
        Path topics = content.resolve("topics");
        if (Files.isDirectory(topics)) {
            try (Stream<Path> files = Files.list(topics)) {
                files.filter(f -> f.getFileName().toString().endsWith(".yml"))
                        .sorted()
                        .forEach(
                                f ->
                                        out.addAll(
                                                questions(
                                                        lines(f),
                                                        Intent.PROCEDURE_QUESTION.label())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path offTopic = content.resolve("off-topic.yml");
        if (Files.exists(offTopic)) {
            out.addAll(questions(lines(offTopic), Intent.OUT_OF_SCOPE.label()));
        }
        return out;
    }

    /** The items of the {@code questions:} block of a file's lines, each with its language. */
    static List<LabelledMessage> questions(List<String> lines, String label) {
        List<LabelledMessage> out = new ArrayList<>();
        boolean inBlock = false;
        String language = null;
        for (String line : lines) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inBlock = line.strip().equals("questions:");
                language = null;
            } else if (inBlock && line.startsWith("  ") && !line.startsWith("   ")) {
                String key = line.strip();
                key = key.endsWith(":") ? key.substring(0, key.length() - 1) : "";
                language = LANGUAGES.contains(key) ? key : null;
            } else if (inBlock && language != null && line.strip().startsWith("- ")) {
                String text = unquote(line.strip().substring(2).strip());
                if (!text.isEmpty()) {
                    out.add(new LabelledMessage(language, label, text));
                }
            }
        }
        return out;
    }

    private static String unquote(String text) {
        if (text.length() >= 2
                && (text.startsWith("\"") && text.endsWith("\"")
                        || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
