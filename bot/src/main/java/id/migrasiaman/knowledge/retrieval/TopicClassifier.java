package id.migrasiaman.knowledge.retrieval;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import id.migrasiaman.conversation.html.TelegramHtml;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
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

    private TopicClassifier(DoccatModel model, Normaliser normaliser) {
        this.normaliser = normaliser;
        this.categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    static TopicClassifier train(List<Topic> topics, Normaliser normaliser) {
        return train(topics, Phrasings.NONE, normaliser);
    }

    /** Trains on the topics and, as the {@link #OFF_TOPIC} category, the off-topic examples. */
    static TopicClassifier train(List<Topic> topics, Phrasings offTopic, Normaliser normaliser) {
        quietTrainingLog();
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
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put("PrintMessages", false);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try (ObjectStream<DocumentSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            DoccatModel model =
                    DocumentCategorizerME.train(
                            "mul", stream, params, new DoccatFactory(features()));
            model.getFactory().setFeatureGenerators(features());
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

    private static void add(
            List<DocumentSample> samples, String category, String text, Normaliser normaliser) {
        String[] tokens = normaliser.tokens(text).toArray(String[]::new);
        if (tokens.length > 0) {
            samples.add(new DocumentSample(category, tokens));
        }
    }

    private static FeatureGenerator[] features() {
        return new FeatureGenerator[] {new TopicFeatures(3, 5)};
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
