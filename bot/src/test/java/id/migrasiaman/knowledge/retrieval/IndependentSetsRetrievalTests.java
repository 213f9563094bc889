package id.migrasiaman.knowledge.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.evaluation.AnswerEvaluation;
import id.migrasiaman.knowledge.evaluation.EvaluationLabels;
import id.migrasiaman.knowledge.lint.ContentLintTests;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Retrieval alone and behind the intent gate on the independent sets' questions, with and without
 * the {@link Places} feature, in one run (the bot's {@code eval-answers} trains the topic model
 * once per file). Near-misses (everyday questions that share the topics' words) are counted apart:
 * the target is that at least 88 % of them get no topic. {@code -Dretrieval.misses=true}
 * prints the near-misses answered on the dev sets; scored-only sets are never printed.
 */
class IndependentSetsRetrievalTests {

    private static final Path SETS = Path.of("..", "nlp-models", "eval", "independent");

    private static final List<String> DEV =
            List.of(
                    "w1", "w2", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "final", "final2",
                    "final3", "final4", "final5", "final6", "final7", "final8", "final9", "final10",
                    "basic", "basic2");

    private static final List<String> SCORED_ONLY = List.of("w11", "w12");

    private static final Normaliser NORMALISER = new Normaliser();

    /** A narrower topic counts as the label the sets were written with (content counts_as). */
    private static EvaluationLabels LABELS;

    /** Right topic, none abstained and near-misses abstained, each as {right, of}. */
    record Tally(int[] topics, int[] none, int[] nearMisses) {

        Tally() {
            this(new int[2], new int[2], new int[2]);
        }

        void add(Tally other) {
            for (int i = 0; i < 2; i++) {
                topics[i] += other.topics[i];
                none[i] += other.none[i];
                nearMisses[i] += other.nearMisses[i];
            }
        }

        @Override
        public String toString() {
            return String.format(
                    "topic %d/%d, none %d/%d, near-miss %d/%d",
                    topics[0], topics[1], none[0], none[1], nearMisses[0], nearMisses[1]);
        }
    }

    @Test
    void questionsSetAtHomeNeedAHigherScore() throws IOException {
        ContentSet content =
                new ContentValidator(NORMALISER).check(ContentLintTests.CONTENT).content();
        LuceneRetrieval lucene = LuceneRetrieval.of(content, NORMALISER);
        HybridRetrieval after = HybridRetrieval.of(content, NORMALISER);
        LABELS = EvaluationLabels.of(content);
        FusionParams one = FusionParams.DEFAULT.withHomeThreshold(FusionParams.DEFAULT.threshold());
        HybridRetrieval before =
                new HybridRetrieval(
                        lucene,
                        TopicClassifier.withoutPlaces(
                                content.topics(), content.offTopic(), NORMALISER),
                        one,
                        NORMALISER);
        Tally[] dev = {new Tally(), new Tally(), new Tally(), new Tally()};
        for (String set : concat(DEV, SCORED_ONLY)) {
            Tally[] t = {
                tally(set, before, false),
                tally(set, AnswerEvaluation.throughIntentGate(before), false),
                tally(set, after, Boolean.getBoolean("retrieval.misses")),
                tally(set, AnswerEvaluation.throughIntentGate(after), false)
            };
            System.out.printf("%s alone %s -> %s | gate %s -> %s%n", set, t[0], t[2], t[1], t[3]);
            if (DEV.contains(set)) {
                for (int i = 0; i < 4; i++) {
                    dev[i].add(t[i]);
                }
            }
        }
        System.out.printf(
                "dev sets pooled: alone %s -> %s | gate %s -> %s%n",
                dev[0], dev[2], dev[1], dev[3]);
        for (double home : new double[] {0.13, 0.18, 0.22}) {
            Tally pooled = new Tally();
            for (String set : DEV) {
                pooled.add(tally(set, after.withParams(one.withHomeThreshold(home)), false));
            }
            System.out.printf("home threshold %.2f, dev sets pooled alone: %s%n", home, pooled);
        }

        assertThat(dev[2].nearMisses()[0]).isGreaterThan(dev[0].nearMisses()[0]);
        assertThat(dev[2].topics()[0]).isGreaterThanOrEqualTo(dev[0].topics()[0] - 3);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Tally tally(String set, Retrieval retrieval, boolean printMisses)
            throws IOException {
        Tally t = new Tally();
        for (String row :
                Files.readAllLines(
                        SETS.resolve(set).resolve("questions.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = row.split("\t");
            if (cells.length < 2 || "topic".equals(cells[0])) {
                continue;
            }
            Optional<String> answered = LABELS.label(retrieval.topicFor(cells[1].strip()));
            boolean none = "none".equals(cells[0]);
            boolean right = none ? answered.isEmpty() : answered.equals(Optional.of(cells[0]));
            int[] c = none ? t.none() : t.topics();
            c[1]++;
            c[0] += right ? 1 : 0;
            if (cells.length > 2 && "nearmiss".equals(cells[2].strip())) {
                t.nearMisses()[1]++;
                t.nearMisses()[0] += right ? 1 : 0;
                if (!right && printMisses && !SCORED_ONLY.contains(set)) {
                    System.out.printf(
                            "near-miss answered %s: %s | %s%n", set, answered.get(), cells[1]);
                }
            }
        }
        return t;
    }
}
