package id.migrasiaman.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The retrieval hyperparameters, kept in a params file ({@value #RESOURCE} on the classpath) and
 * not in code, the way OpenNLP keeps its training parameters: {@code calibrate-retrieval --write}
 * writes the file, the bot reads it at start.
 *
 * @param answerBoost Lucene: weight of a topic's answer text against its phrasings
 * @param neighbours Lucene: how many of a topic's best phrasings are averaged into its score
 * @param luceneThreshold Lucene alone: the lowest normalised score that is answered
 * @param classifierWeight fusion: share of the topic classifier's probability in a topic's score
 * @param offTopicWeight fusion: how much of the off-topic pseudo-topic's score is subtracted
 * @param fusionThreshold fusion: the lowest fused score that is answered (what the bot uses)
 * @param fusionHomeThreshold fusion: the lowest fused score answered for a question set only at
 *     home (a village, Kupang, an Indonesian city; no country abroad, see {@code Places}), where
 *     most everyday questions that share the topics' words are set
 * @param gateMinConfidence the intent confidence from which greetings and out-of-scope messages
 *     never reach retrieval
 * @param gateMinRelevance the relevance model's probability ("about working abroad") below which a
 *     question never reaches retrieval
 */
public record RetrievalTuning(
        float answerBoost,
        int neighbours,
        double luceneThreshold,
        double classifierWeight,
        double offTopicWeight,
        double fusionThreshold,
        double fusionHomeThreshold,
        double gateMinConfidence,
        double gateMinRelevance) {

    /** Where the bot reads its parameters from. */
    public static final String RESOURCE = "/id/migrasiaman/knowledge/retrieval.properties";

    private static final RetrievalTuning BUNDLED = readBundled();

    /** The parameters the bot runs with: those of {@value #RESOURCE}. */
    public static RetrievalTuning bundled() {
        return BUNDLED;
    }

    private static RetrievalTuning readBundled() {
        try (InputStream in = RetrievalTuning.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a params file. */
    public static RetrievalTuning read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RetrievalTuning of(Properties p) {
        return new RetrievalTuning(
                Float.parseFloat(required(p, "lucene.answer-boost")),
                Integer.parseInt(required(p, "lucene.neighbours")),
                number(p, "lucene.threshold"),
                number(p, "fusion.classifier-weight"),
                number(p, "fusion.off-topic-weight"),
                number(p, "fusion.threshold"),
                number(p, "fusion.home-threshold"),
                number(p, "gate.min-confidence"),
                number(p, "gate.min-relevance"));
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(required(p, key));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("retrieval params: missing " + key);
        }
        return value.strip();
    }

    /**
     * Writes these parameters to {@code file}, each line preceded by {@code comment}'s lines as
     * {@code #} comments (the file's history lives in its comments and in git).
     */
    public void write(Path file, List<String> comment) {
        List<String> lines = new ArrayList<>();
        comment.forEach(line -> lines.add(("# " + line).strip()));
        lines.add("lucene.answer-boost=" + format(answerBoost));
        lines.add("lucene.neighbours=" + neighbours);
        lines.add("lucene.threshold=" + format(luceneThreshold));
        lines.add("fusion.classifier-weight=" + format(classifierWeight));
        lines.add("fusion.off-topic-weight=" + format(offTopicWeight));
        lines.add("fusion.threshold=" + format(fusionThreshold));
        lines.add("fusion.home-threshold=" + format(fusionHomeThreshold));
        lines.add("gate.min-confidence=" + format(gateMinConfidence));
        lines.add("gate.min-relevance=" + format(gateMinRelevance));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
