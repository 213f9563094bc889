package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.content.ContentLoader;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the build ({@code process-classes}): trains the topic model on the shipped content and
 * puts it into the classes, so the jar carries it and a first start loads it instead of training
 * (training was half of the start-up's CPU). The file is named by the digest of exactly what it was
 * trained on, so content edited after the build is simply trained on at start, as before; an older
 * bundled model is removed. Usage: {@code TopicModelBundle <content-dir> <classes-dir>}.
 */
public final class TopicModelBundle {

    /** Where the bundled models are on the classpath. */
    static final String RESOURCE = "/id/migrasiaman/knowledge/retrieval/topic-models/";

    private TopicModelBundle() {}

    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        Path dir = Path.of(args[1]).resolve(RESOURCE.substring(1));
        ContentSet set = ContentLoader.load(content).content();
        Normaliser normaliser = new Normaliser();
        String name = TopicClassifier.modelName(set.topics(), set.offTopic(), normaliser);
        for (Path old : models(dir)) {
            if (!old.getFileName().toString().equals(name)) {
                try {
                    Files.delete(old);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        // Trains only when this content's model is not there yet.
        TopicClassifier.train(set.topics(), set.offTopic(), normaliser, dir);
        System.out.println("Topic model bundled: " + models(dir));
    }

    private static List<Path> models(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bin")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
