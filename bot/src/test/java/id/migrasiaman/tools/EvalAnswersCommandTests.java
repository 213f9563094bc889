package id.migrasiaman.tools;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.ContentFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAnswersCommandTests {

    @TempDir Path dir;
    private Path content;
    private Path questions;

    @BeforeEach
    void writeContentAndQuestions() {
        content = ContentFixtures.validContent(dir.resolve("content"));
        ContentFixtures.write(
                dir,
                "q.tsv",
                """
                topic\tquestion
                costs\tpertanyaan tentang costs versi charlie
                passport\tquestion about passport
                costs\tquestion about passport bravo
                none\tresep jagung bose
                none\tpertanyaan tentang remittance
                """);
        questions = dir.resolve("q.tsv");
    }

    private String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code =
                EvalAnswersCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsAccuracyAbstentionConfusionsAndLatency() {
        String out = run(questions.toString(), "--content", content.toString());

        assertThat(out)
                .contains("right topic first: 2/3 = 66.7%")
                .contains("abstained on off-topic: 1/2 = 50.0%")
                .contains("costs -> passport: 1")
                .contains("none -> remittance: 1")
                .containsPattern("median \\d+ µs, p95 \\d+ µs");
    }

    @Test
    void printsJson() {
        String out = run(questions.toString(), "--content", content.toString(), "--json");

        assertThat(out.strip())
                .startsWith("{\"retrieval\":{\"topicLines\":3,\"right\":2,\"accuracy\":0.6667")
                .contains("\"system\":{\"topicLines\":3")
                .contains("\"noneLines\":2,\"abstainedOnNone\":1")
                .contains("\"confusions\":{\"costs -> passport\":1,\"none -> remittance\":1}");
    }

    @Test
    void explainsUsageWithoutAFile() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int code =
                EvalAnswersCommand.run(
                        new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("usage: eval-answers");
    }
}
