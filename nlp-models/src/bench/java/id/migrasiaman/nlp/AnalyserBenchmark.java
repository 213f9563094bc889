package id.migrasiaman.nlp;

import id.migrasiaman.nlp.training.Corpus;
import id.migrasiaman.nlp.training.LabelledMessage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of the whole analysis (language, normalisation, intent, relevance,
 * safety net, entities, red flags) over the held-out test messages, and the cold load time of the packaged models. Run
 * with {@code ./mvnw -B -pl nlp-models -Pbench verify -DskipTests}.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
public class AnalyserBenchmark {

    private OpenNlpAnalyser analyser;
    private String[] messages;
    private int next;

    @Setup
    public void setUp() {
        analyser = OpenNlpAnalyser.fromClasspath();
        messages =
                Corpus.readFolder(Path.of("corpus", "test")).stream()
                        .map(LabelledMessage::text)
                        .toArray(String[]::new);
    }

    /** One message per call, cycling through the test set. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Analysis analyse() {
        String message = messages[next];
        next = (next + 1) % messages.length;
        return analyser.analyse(message);
    }

    /** Loading every model and the lexicons in a fresh JVM, as the bot does at start-up. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Analysis loadModels() {
        return OpenNlpAnalyser.fromClasspath().analyse("halo kak");
    }
}
