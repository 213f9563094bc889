package id.migrasiaman.knowledge.retrieval;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import id.migrasiaman.conversation.html.TelegramHtml;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.LoggerFactory;

/**
 * A maximum-entropy topic classifier trained in memory, when the content loads, from the topics'
 * phrasings, titles and answer sentences (no model file: the content is the model). It generalises
 * over words that Lucene's exact terms miss, such as spelling variants and inflections.
 * Thread-safe.
 */
public final class TopicClassifier {

    /**
     * Few iterations on purpose: a less converged model gives smoother probabilities, which fuse
     * better with Lucene (cross-validated: 80 beat 150 and 300).
     */
    static final int ITERATIONS = 80;

    /**
     * The category of the off-topic examples ({@code off-topic.yml}): questions that share words
     * with the topics but are about something else. Never a topic id (ids are lower-case words).
     */
    static final String OFF_TOPIC = "(off-topic)";

    private final Normaliser normaliser;
    private final ThreadLocal<DocumentCategorizerME> categorizers;
    private final DoccatModel model;

    private TopicClassifier(DoccatModel model, Normaliser normaliser) {
        this.normaliser = normaliser;
        this.model = model;
        this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    static TopicClassifier train(List<Topic> topics, Normaliser normaliser) {
        return train(topics, Phrasings.NONE, normaliser);
    }

    /** Trains on the topics and, as the {@link #OFF_TOPIC} category, the off-topic examples. */
    static TopicClassifier train(List<Topic> topics, Phrasings offTopic, Normaliser normaliser) {
        return train(topics, offTopic, normaliser, null);
    }

    /**
     * As {@link #train(List, Phrasings, Normaliser)}, reusing a model trained earlier on exactly
     * the same samples and parameters from {@code cache} (a directory; null: no cache, always
     * train), or else the one the build trained on the shipped content (in the jar, copied into the
     * cache). Training is deterministic, so the cached model is the one training would produce; it
     * saves the largest part of the start-up (several seconds of CPU).
     */
    static TopicClassifier train(
            List<Topic> topics, Phrasings offTopic, Normaliser normaliser, Path cache) {
        quietTrainingLog();
        List<DocumentSample> samples = samples(topics, offTopic, normaliser);
        if (cache == null) {
            return trainOn(samples, normaliser);
        }
        String name = modelName(samples);
        Path cached = cache.resolve(name);
        if (!Files.isRegularFile(cached)) {
            copyBundled(name, cached);
        }
        if (Files.isRegularFile(cached)) {
            try {
                MaxentModel maxent = new GenericModelReader(cached.toFile()).getModel();
                DoccatModel model =
                        new DoccatModel("mul", maxent, Map.of(), new DoccatFactory(features()));
                // As after training: the factory would otherwise look the generators up by name.
                model.getFactory().setFeatureGenerators(features());
                return new TopicClassifier(model, normaliser);
            } catch (IOException | RuntimeException e) {
                LoggerFactory.getLogger(TopicClassifier.class)
                        .warn(
                                "Topic model cache unreadable ({}); training",
                                e.getClass().getSimpleName());
            }
        }
        TopicClassifier trained = trainOn(samples, normaliser);
        store(trained, cached);
        return trained;
    }

    /** The model's file name: the digest of everything training depends on. */
    static String modelName(List<Topic> topics, Phrasings offTopic, Normaliser normaliser) {
        return modelName(samples(topics, offTopic, normaliser));
    }

    private static String modelName(List<DocumentSample> samples) {
        return "topics-" + key(samples) + ".bin";
    }

    private static List<DocumentSample> samples(
            List<Topic> topics, Phrasings offTopic, Normaliser normaliser) {
        List<DocumentSample> samples = new ArrayList<>();
        offTopic.all().forEach(q -> add(samples, OFF_TOPIC, q, normaliser));
        for (Topic topic : topics) {
            for (String language : Phrasings.LANGUAGES) {
                topic.questions()
                        .in(language)
                        .forEach(q -> add(samples, topic.id(), q, normaliser));
            }
            for (String language : List.of("id", "en")) {
                add(samples, topic.id(), topic.title().in(language), normaliser);
                String answer =
                        TelegramHtml.plainText(
                                topic.answer().in(language) + "\n" + topic.more().in(language));
                for (String sentence : answer.split("[\\n.?!]+")) {
                    add(samples, topic.id(), sentence, normaliser);
                }
            }
        }
        return samples;
    }

    /**
     * Copies the model the build trained on the shipped content ({@link
     * TopicModelBundle#RESOURCE}), when it is the one asked for, into the cache; nothing when it is
     * not there (the content was edited since the build, or a build without it).
     */
    private static void copyBundled(String name, Path cached) {
        try (var in = TopicClassifier.class.getResourceAsStream(TopicModelBundle.RESOURCE + name)) {
            if (in == null) {
                return;
            }
            Files.createDirectories(cached.getParent());
            Path tmp = Files.createTempFile(cached.getParent(), "topics-", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(
                    tmp,
                    cached,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LoggerFactory.getLogger(TopicClassifier.class)
                    .warn("Bundled topic model not copied ({})", e.getClass().getSimpleName());
        }
    }

    private static TopicClassifier trainOn(List<DocumentSample> samples, Normaliser normaliser) {
        return trainOn(samples, normaliser, features());
    }

    /** Trained without the place feature, as before it existed: to measure what it adds. */
    static TopicClassifier withoutPlaces(
            List<Topic> topics, Phrasings offTopic, Normaliser normaliser) {
        return trainOn(
                samples(topics, offTopic, normaliser),
                normaliser,
                new FeatureGenerator[] {new TopicFeatures(3, 5, false)});
    }

    private static TopicClassifier trainOn(
            List<DocumentSample> samples, Normaliser normaliser, FeatureGenerator[] features) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put("PrintMessages", false);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try (ObjectStream<DocumentSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            DoccatModel model =
                    DocumentCategorizerME.train("mul", stream, params, new DoccatFactory(features));
            model.getFactory().setFeatureGenerators(features);
            return new TopicClassifier(model, normaliser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OpenNLP logs every training at INFO (several lines); the content trains on every reload and
     * the offline commands print to standard output, so only warnings are kept.
     */
    private static void quietTrainingLog() {
        if (LoggerFactory.getLogger("opennlp.tools") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }

    /** A digest of everything training depends on: samples in order, iterations, features. */
    private static String key(List<DocumentSample> samples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    ("v1 " + ITERATIONS + " cutoff1 features3,5\n")
                            .getBytes(StandardCharsets.UTF_8));
            for (DocumentSample sample : samples) {
                digest.update(sample.getCategory().getBytes(StandardCharsets.UTF_8));
                for (String token : sample.getText()) {
                    digest.update((byte) 0);
                    digest.update(token.getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the model beside others (a temporary file moved into place); failures only logged. */
    private static void store(TopicClassifier trained, Path cached) {
        try {
            Files.createDirectories(cached.getParent());
            Path tmp = Files.createTempFile(cached.getParent(), "topics-", ".tmp");
            new GenericModelWriter((AbstractModel) trained.model.getMaxentModel(), tmp.toFile())
                    .persist();
            Files.move(
                    tmp,
                    cached,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(TopicClassifier.class)
                    .warn("Topic model not cached ({})", e.getClass().getSimpleName());
        }
    }

    private static void add(
            List<DocumentSample> samples, String category, String text, Normaliser normaliser) {
        String[] tokens = normaliser.tokens(text).toArray(String[]::new);
        if (tokens.length > 0) {
            samples.add(new DocumentSample(category, tokens));
        }
    }

    private static FeatureGenerator[] features() {
        // Without the place feature: it moved one near-miss of 378 on the dev sets, and the
        // cross-validated near-miss abstention was 0.885 with it (HybridRetrievalTests: > 0.89).
        return new FeatureGenerator[] {new TopicFeatures(3, 5, false)};
    }

    /**
     * Each topic's probability for {@code text}, and {@link #OFF_TOPIC}'s when trained with
     * off-topic examples; empty when the text has no words.
     */
    Map<String, Double> probabilities(String text) {
        String[] tokens = normaliser.tokens(text == null ? "" : text).toArray(String[]::new);
        Map<String, Double> result = new HashMap<>();
        if (tokens.length == 0) {
            return result;
        }
        DocumentCategorizerME categorizer = categorizers.get();
        double[] scores = categorizer.categorize(tokens);
        for (int i = 0; i < scores.length; i++) {
            result.put(categorizer.getCategory(i), scores[i]);
        }
        return result;
    }
}
