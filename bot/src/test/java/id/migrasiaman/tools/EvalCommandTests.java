package id.migrasiaman.tools;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTests {

    /** Says emergency whenever the text has "tolong", greeting otherwise. */
    private final TextAnalyser fake =
            text ->
                    new Analysis(
                            text,
                            "id",
                            text.contains("tolong") ? Intent.EMERGENCY : Intent.GREETING,
                            0.9,
                            Entities.NONE);

    @TempDir Path dir;

    @Test
    void printsScoresPerLabelAndLanguage() throws IOException {
        Path id =
                write(
                        "id.tsv",
                        "emergency\ttolong saya\ngreeting\thalo\nemergency\tsaya dikunci\n");
        String out = run(id.toString());
        assertThat(out).contains("all    n=3 accuracy=0.667").contains("emergency-recall=0.500");
        assertThat(out).contains("confusion").contains("id     n=3");
    }

    @Test
    void printsJsonOnRequest() throws IOException {
        Path other = write("mixed.tsv", "greeting\thalo\n");
        String out = run(other.toString(), "--json");
        assertThat(out).contains("\"accuracy\" : 1.0").contains("\"byLanguage\" : { }");
    }

    private Path write(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "label\ttext\n" + rows, StandardCharsets.UTF_8);
        return file;
    }

    private String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new EvalCommand(() -> fake, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .accept(args);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
