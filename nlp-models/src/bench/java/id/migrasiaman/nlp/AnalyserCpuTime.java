package id.migrasiaman.nlp;

import id.migrasiaman.nlp.training.Corpus;
import id.migrasiaman.nlp.training.FlagCorpus;
import id.migrasiaman.nlp.training.FlaggedMessage;
import id.migrasiaman.nlp.training.LabelledMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The analysis of {@link AnalyserBenchmark} timed by the thread's CPU time instead of the wall
 * clock: on the shared 2-core machine, where a dozen builds run beside the benchmark, JMH measures
 * the share of a core the scheduler gives it; the CPU time per message is what the code costs.
 * Prints the load time, then per round and set the microseconds of CPU per message; the best round
 * is the least disturbed (caches shared with the other builds). Run from {@code nlp-models} after
 * {@code ./mvnw -B -pl nlp-models -Pbench test-compile}: {@code java -cp
 * target/test-classes:target/classes:$(cat cp.txt) id.migrasiaman.nlp.AnalyserCpuTime 20}.
 */
public final class AnalyserCpuTime {

    private AnalyserCpuTime() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long start = System.nanoTime();
        OpenNlpAnalyser analyser = OpenNlpAnalyser.fromClasspath();
        analyser.analyse("halo kak");
        System.out.printf(Locale.ROOT, "load %.0f ms%n", (System.nanoTime() - start) / 1e6);
        String[] messages =
                Corpus.readFolder(Path.of("corpus", "test")).stream()
                        .map(LabelledMessage::text)
                        .toArray(String[]::new);
        List<FlaggedMessage> flagCorpus = FlagCorpus.readFolder(Path.of("corpus", "flags"));
        String[] offers = flagCorpus.stream().map(FlaggedMessage::text).toArray(String[]::new);
        double bestMessages = Double.MAX_VALUE;
        double bestOffers = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            double m = cpuMicrosPerMessage(analyser, messages);
            double o = cpuMicrosPerMessage(analyser, offers);
            bestMessages = Math.min(bestMessages, m);
            bestOffers = Math.min(bestOffers, o);
            System.out.printf(
                    Locale.ROOT, "round %d: held-out %.1f µs, offers %.1f µs%n", r, m, o);
        }
        System.out.printf(
                Locale.ROOT,
                "best: held-out %.1f µs = %.0f messages/s, offers %.1f µs = %.0f messages/s%n",
                bestMessages,
                1e6 / bestMessages,
                bestOffers,
                1e6 / bestOffers);
    }

    private static double cpuMicrosPerMessage(OpenNlpAnalyser analyser, String[] texts) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int flags = 0;
        long start = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < 5; k++) {
            for (String text : texts) {
                flags += analyser.analyse(text).flags().size();
            }
        }
        long used = threads.getCurrentThreadCpuTime() - start;
        if (flags < 0) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return used / 1e3 / (5.0 * texts.length);
    }
}
