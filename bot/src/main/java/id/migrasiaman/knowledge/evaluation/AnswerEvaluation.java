package id.migrasiaman.knowledge.evaluation;

import id.migrasiaman.knowledge.Retrieval;
import id.migrasiaman.knowledge.retrieval.IntentGate;
import id.migrasiaman.nlp.OpenNlpAnalyser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a {@link Retrieval} does on a labelled question file: top-1 accuracy on questions with a
 * topic, abstention on questions labelled {@code none}, the confusions and the latency.
 *
 * @param confusions {@code expected -> got} (got is {@code (abstained)} or a topic) with counts
 */
public record AnswerEvaluation(
        int topicLines,
        int right,
        int abstainedOnTopic,
        int noneLines,
        int abstainedOnNone,
        Map<String, Integer> confusions,
        long medianMicros,
        long p95Micros,
        long medianCpuMicros) {

    static final String NONE = "none";
    static final String ABSTAINED = "(abstained)";

    /** A labelled question: {@code topic} is a topic id or {@code none}. */
    public record Labelled(String topic, String question) {}

    public double accuracy() {
        return topicLines == 0 ? 0 : (double) right / topicLines;
    }

    public double abstention() {
        return noneLines == 0 ? 0 : (double) abstainedOnNone / noneLines;
    }

    /**
     * {@code retrieval} as the whole bot does it: behind the intent gate (greetings and
     * out-of-scope messages never reach it), for the full-system figures.
     */
    public static Retrieval throughIntentGate(Retrieval retrieval) {
        return new IntentGate(
                OpenNlpAnalyser.fromClasspath(), retrieval, IntentGate.MIN_CONFIDENCE);
    }

    /** Questions asked before timing starts, so the JIT has compiled the search. */
    private static final int WARM_UP = 3000;

    /**
     * Answers every question, timing each one after a warm-up. Wall-clock time is the latency a
     * user sees; CPU time shows the cost when other processes share the machine.
     */
    public static AnswerEvaluation run(Retrieval retrieval, List<Labelled> questions) {
        for (int i = 0; i < WARM_UP && !questions.isEmpty(); i++) {
            retrieval.match(questions.get(i % questions.size()).question());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] micros = new long[questions.size()];
        long[] cpuMicros = new long[questions.size()];
        List<Optional<String>> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            answers.add(retrieval.topicFor(questions.get(i).question()));
            micros[i] = (System.nanoTime() - start) / 1000;
            cpuMicros[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1000;
        }
        Arrays.sort(cpuMicros);
        return tally(questions, answers, micros, percentile(cpuMicros, 50));
    }

    private static AnswerEvaluation tally(
            List<Labelled> questions,
            List<Optional<String>> answers,
            long[] micros,
            long medianCpuMicros) {
        Counts counts = new Counts();
        for (int i = 0; i < questions.size(); i++) {
            counts.add(questions.get(i).topic(), answers.get(i));
        }
        Arrays.sort(micros);
        return new AnswerEvaluation(
                counts.topicLines,
                counts.right,
                counts.abstainedOnTopic,
                counts.noneLines,
                counts.abstainedOnNone,
                counts.confusions,
                percentile(micros, 50),
                percentile(micros, 95),
                medianCpuMicros);
    }

    /** Running totals while the answers are compared with the labels. */
    private static final class Counts {
        int topicLines;
        int right;
        int abstainedOnTopic;
        int noneLines;
        int abstainedOnNone;
        final Map<String, Integer> confusions = new TreeMap<>();

        void add(String expected, Optional<String> answer) {
            boolean none = NONE.equals(expected);
            boolean abstained = answer.isEmpty();
            String got = answer.orElse(ABSTAINED);
            if (none) {
                noneLines++;
                abstainedOnNone += abstained ? 1 : 0;
            } else {
                topicLines++;
                right += got.equals(expected) ? 1 : 0;
                abstainedOnTopic += abstained ? 1 : 0;
            }
            if (!got.equals(expected) && !(none && abstained)) {
                confusions.merge(expected + " -> " + got, 1, Integer::sum);
            }
        }
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
