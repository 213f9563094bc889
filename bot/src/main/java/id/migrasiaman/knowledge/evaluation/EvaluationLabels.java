package id.migrasiaman.knowledge.evaluation;

import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.content.Topic;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.nlp.Normaliser;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the content's topics are scored against the labels of the evaluation sets: a topic counts as
 * its {@code counts_as} label (a narrower topic split off a broader one, such as "death-abroad"
 * from "family-abroad"), otherwise as itself. The sets keep the labels they were written with, so a
 * new, narrower topic neither wins nor loses points by existing; only a wrong answer does.
 */
public final class EvaluationLabels {

    private final Map<String, String> labels;

    private EvaluationLabels(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    /** The labels of {@code content}'s topics. */
    public static EvaluationLabels of(ContentSet content) {
        return new EvaluationLabels(
                content.topics().stream()
                        .collect(Collectors.toMap(Topic::id, Topic::evaluationLabel)));
    }

    /**
     * The labels of the content in {@code contentDir}, without Spring: for command-line tools.
     *
     * @throws id.migrasiaman.knowledge.InvalidContentException when the content fails the lint
     */
    public static EvaluationLabels fromDirectory(Path contentDir) {
        return of(new ContentValidator(new Normaliser()).loadValid(contentDir));
    }

    /** The label {@code topicId} is scored as (itself when unknown). */
    public String label(String topicId) {
        return labels.getOrDefault(topicId, topicId);
    }

    /** The label of an answered topic, or empty when nothing was answered. */
    public Optional<String> label(Optional<String> topicId) {
        return topicId.map(this::label);
    }

    /** {@code retrieval} whose answers are the labels of its topics, for scoring on a set. */
    public Retrieval scoring(Retrieval retrieval) {
        return text ->
                retrieval.match(text).map(m -> new TopicMatch(label(m.topicId()), m.score()));
    }
}
