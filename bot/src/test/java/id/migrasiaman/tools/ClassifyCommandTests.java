package id.migrasiaman.tools;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyCommandTests {

    private final TextAnalyser fake =
            text ->
                    new Analysis(
                            text,
                            "mkn",
                            Intent.BROKER_REPORT,
                            0.87654,
                            new Entities(
                                    List.of("+6281234567890"),
                                    List.of("MY"),
                                    List.of("Tenau"),
                                    List.of("Kupang Timur"),
                                    List.of(10_000_000L)),
                            false,
                            0.2,
                            List.of("upfront-fees"));

    @Test
    void writesOneJsonObjectPerLineWithKeysInOrder() {
        String out = run("calo \"Oesao\" minta 10jt\nbeta pung doi ✓\n", text -> null);
        assertThat(out.split("\n"))
                .containsExactly(
                        "{\"text\":\"calo \\\"Oesao\\\" minta 10jt\",\"language\":\"mkn\","
                                + "\"intent\":\"broker_report\",\"confidence\":0.877,\"topic\":null,"
                                + "\"about_work_abroad\":false,\"flags\":[\"upfront-fees\"],"
                                + "\"entities\":{\"phones\":[\"+6281234567890\"],"
                                + "\"destinations\":[\"MY\"],\"transits\":[\"Tenau\"],"
                                + "\"kecamatan\":[\"Kupang Timur\"],\"amounts\":[10000000]}}",
                        "{\"text\":\"beta pung doi ✓\",\"language\":\"mkn\","
                                + "\"intent\":\"broker_report\",\"confidence\":0.877,\"topic\":null,"
                                + "\"about_work_abroad\":false,\"flags\":[\"upfront-fees\"],"
                                + "\"entities\":{\"phones\":[\"+6281234567890\"],"
                                + "\"destinations\":[\"MY\"],\"transits\":[\"Tenau\"],"
                                + "\"kecamatan\":[\"Kupang Timur\"],\"amounts\":[10000000]}}");
    }

    @Test
    void flagsAreWhatTheOfferCheckerMakesOfTheModelsFlags() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ClassifyCommand(
                        () -> fake,
                        text -> null,
                        (text, understood) ->
                                java.util.stream.Stream.concat(
                                                understood.stream(),
                                                java.util.stream.Stream.of("visit-visa"))
                                        .toList(),
                        new ByteArrayInputStream("visa turis\n".getBytes(StandardCharsets.UTF_8)),
                        out)
                .accept(new String[0]);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("\"flags\":[\"upfront-fees\",\"visit-visa\"]");
    }

    @Test
    void asksTheTopicFinder() {
        String out = run("paspor\n", text -> "passport");
        assertThat(out).contains("\"topic\":\"passport\"");
    }

    private String run(String input, java.util.function.Function<String, String> topics) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ClassifyCommand(
                        () -> fake,
                        topics,
                        (text, understood) -> understood,
                        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                        out)
                .accept(new String[0]);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
