package id.migrasiaman.nlp;

import id.migrasiaman.nlp.training.Corpus;
import id.migrasiaman.nlp.training.FlagCorpus;
import id.migrasiaman.nlp.training.FlaggedMessage;
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
 * Single-thread throughput of {@link OpenNlpAnalyser#analyse}, the whole analysis the bot's {@code
 * classify} prints except the editors' patterns of {@code red-flags.yml} (module bot) and the JSON:
 * cut, normalisation, language, entities, intent, relevance, safety net, and — for a message about
 * working abroad — the 13 red-flag models over the whole message and each clause, and the entity
 * rules. {@code analyse} cycles through the held-out test messages (mostly questions, reports and
 * stories); {@code analyseOffers} through the offers of the flag corpus (long, many clauses, every
 * one through the flag models: the costliest kind of message). {@code loadModels}: the cold load
 * time of the packaged models. Run with {@code ./mvnw -B -pl nlp-models -Pbench verify
 * -DskipTests}.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
public class AnalyserBenchmark {

    private OpenNlpAnalyser analyser;
    private String[] messages;
    private String[] offers;
    private int next;
    private int nextOffer;

    @Setup
    public void setUp() {
        analyser = OpenNlpAnalyser.fromClasspath();
        messages =
                Corpus.readFolder(Path.of("corpus", "test")).stream()
                        .map(LabelledMessage::text)
                        .toArray(String[]::new);
        offers =
                FlagCorpus.readFolder(Path.of("corpus", "flags")).stream()
                        .map(FlaggedMessage::text)
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

    /** One offer per call, cycling through the offers of the flag corpus. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Analysis analyseOffers() {
        String offer = offers[nextOffer];
        nextOffer = (nextOffer + 1) % offers.length;
        return analyser.analyse(offer);
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
