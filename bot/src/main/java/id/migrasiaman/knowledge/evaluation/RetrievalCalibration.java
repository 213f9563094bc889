package id.migrasiaman.knowledge.evaluation;

import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.knowledge.content.Phrasings;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.knowledge.retrieval.LuceneRetrieval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Chooses the abstention threshold without touching the held-out evaluation set. Positives are the
 * content's own phrasings, each searched with itself left out of the index (leave-one-out), so it
 * must be found through the topic's other phrasings and answer. Negatives are the NLP corpus lines
 * labelled {@code out_of_scope} or {@code greeting}. The chosen threshold maximises the mean of the
 * two rates (answered with the right topic; abstained on off-topic).
 */
public final class RetrievalCalibration {

    private static final List<String> OFF_TOPIC = List.of("out_of_scope", "greeting");

    /** Best scores: for positives whether the top topic was right; negatives are never right. */
    record Scored(String language, double score, boolean right) {}

    /** The outcome at one threshold. */
    public record Point(double threshold, double answeredRight, double abstainedOffTopic) {
        public double balanced() {
            return (answeredRight + abstainedOffTopic) / 2;
        }
    }

    private final List<Scored> positives;
    private final List<Scored> negatives;

    public RetrievalCalibration(
            LuceneRetrieval retrieval, List<Topic> topics, List<String> offTopic) {
        positives = new ArrayList<>();
        for (Topic topic : topics) {
            for (String language : Phrasings.LANGUAGES) {
                List<String> phrasings = topic.questions().in(language);
                for (int i = 0; i < phrasings.size(); i++) {
                    String key = topic.id() + "/" + language + "/" + i;
                    positives.add(
                            best(language, retrieval.ranked(phrasings.get(i), key), topic.id()));
                }
            }
        }
        negatives = offTopic.stream().map(t -> best("", retrieval.ranked(t, null), null)).toList();
    }

    /** A calibration over questions already scored by another retriever. */
    public RetrievalCalibration(List<Scored> positives, List<Scored> negatives) {
        this.positives = List.copyOf(positives);
        this.negatives = List.copyOf(negatives);
    }

    /** The best topic of {@code ranked}, and whether it is {@code expected}. */
    public static Scored best(String language, List<TopicMatch> ranked, String expected) {
        return ranked.isEmpty()
                ? new Scored(language, 0, false)
                : new Scored(
                        language, ranked.get(0).score(), ranked.get(0).topicId().equals(expected));
    }

    /** The share of one language's phrasings answered with the right topic at {@code threshold}. */
    public double answeredRight(String language, double threshold) {
        List<Scored> own = positives.stream().filter(s -> s.language().equals(language)).toList();
        return (double) own.stream().filter(s -> s.right() && s.score() >= threshold).count()
                / Math.max(1, own.size());
    }

    public Point at(double threshold) {
        long right = positives.stream().filter(s -> s.right() && s.score() >= threshold).count();
        long abstained = negatives.stream().filter(s -> s.score() < threshold).count();
        return new Point(
                threshold,
                (double) right / Math.max(1, positives.size()),
                (double) abstained / Math.max(1, negatives.size()));
    }

    /** The threshold (in steps of 0.01) with the best balanced rate; the lowest on a tie. */
    public Point best() {
        Point best = at(0);
        for (int step = 1; step <= 200; step++) {
            Point point = at(step / 100.0);
            if (point.balanced() > best.balanced() + 1e-9) {
                best = point;
            }
        }
        return best;
    }

    public int positiveCount() {
        return positives.size();
    }

    public int negativeCount() {
        return negatives.size();
    }

    /** Off-topic lines ({@code out_of_scope}, {@code greeting}) of every {@code *.tsv} in dir. */
    public static List<String> offTopicLines(Path corpusDir) {
        try (Stream<Path> files = Files.list(corpusDir)) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                Files.readAllLines(file).stream()
                        .map(line -> line.split("\t", 2))
                        .filter(cols -> cols.length == 2 && OFF_TOPIC.contains(cols[0].strip()))
                        .map(cols -> cols[1].strip())
                        .forEach(lines::add);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
