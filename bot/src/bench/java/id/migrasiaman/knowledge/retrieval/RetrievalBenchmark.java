package id.migrasiaman.knowledge.retrieval;

import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.knowledge.TopicMatch;

import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The time retrieval adds to one message: the bot's {@link HybridRetrieval} (Lucene + topic
 * classifier with its off-topic class) over the repository's content, one question per call,
 * cycling through the questions of the held-out files in {@code content/eval/} (topic and
 * off-topic alike). Sample mode, so JMH prints the median (p0.50) and other percentiles. Run with
 * {@code ./mvnw -B -pl bot -am -Pbench verify -DskipTests}.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(1)
public class RetrievalBenchmark {

    private HybridRetrieval retrieval;
    private String[] questions;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Path content = Files.isDirectory(Path.of("../content")) ? Path.of("../content") : Path.of("content");
        Normaliser normaliser = new Normaliser();
        retrieval = HybridRetrieval.of(new ContentValidator(normaliser).loadValid(content), normaliser);
        List<String> all = new ArrayList<>();
        try (var files = Files.list(content.resolve("eval"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                Files.readAllLines(file).stream()
                        .skip(1)
                        .map(line -> line.substring(line.indexOf('\t') + 1))
                        .forEach(all::add);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        questions = all.toArray(String[]::new);
    }

    /** One question per call. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 3)
    public Optional<TopicMatch> match() {
        String question = questions[next];
        next = (next + 1) % questions.length;
        return retrieval.match(question);
    }
}
