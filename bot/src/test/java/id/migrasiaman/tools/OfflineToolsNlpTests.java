package id.migrasiaman.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The jar's offline tools: registered by name, and classify fills the topic from retrieval. */
class OfflineToolsNlpTests {

    @Test
    void registersTheOfflineTools() {
        assertThat(OfflineTools.all())
                .containsKeys("classify", "eval", "eval-answers", "calibrate-retrieval");
    }

    @Test
    void classifyWritesOneJsonLineWithIntentAndTopic() {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setIn(
                    new ByteArrayInputStream(
                            "Syarat jadi PMI ke Hongkong apa saja?\nharga pupuk berapa\n"
                                    .getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            OfflineTools.all().get("classify").accept(new String[0]);
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        String[] lines = buffer.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0])
                .startsWith(
                        "{\"text\":\"Syarat jadi PMI ke Hongkong apa saja?\",\"language\":\"id\"")
                .contains("\"intent\":\"procedure_question\"")
                .containsPattern("\"topic\":\"[a-z-]+\"")
                .contains("\"destinations\":[\"HK\"]");
        assertThat(lines[1]).contains("\"intent\":\"out_of_scope\"").contains("\"topic\":null");
    }
}
