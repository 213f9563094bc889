package id.migrasiaman.knowledge.live;

import static id.migrasiaman.knowledge.ContentFixtures.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.migrasiaman.knowledge.ContentFixtures;
import id.migrasiaman.knowledge.InvalidContentException;
import id.migrasiaman.nlp.Normaliser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Hot reload on a real directory: edits go live within 5 s, bad edits never do. */
@ExtendWith(OutputCaptureExtension.class)
class LiveContentIntegrationTests {

    private static final String COSTS = "topics/costs.yml";
    private static final Duration INTERVAL = Duration.ofMillis(200);

    @TempDir Path dir;
    private LiveContent live;

    @BeforeEach
    void startOnValidContent() {
        ContentFixtures.validContent(dir);
        live = new LiveContent(dir, INTERVAL, new Normaliser());
        live.start();
    }

    @AfterEach
    void stop() {
        live.stop();
    }

    private String costsAnswer() {
        return live.current().answers().answer("costs", "id").orElseThrow().parts().get(0);
    }

    @Test
    void aValidEditIsServedWithinFiveSecondsWithoutRestart() {
        assertThat(costsAnswer()).contains("Jawaban costs");

        edit(
                dir,
                COSTS,
                y ->
                        y.replace("<b>Jawaban costs</b>", "<b>Jawaban baru</b>")
                                .replace(
                                        "pertanyaan tentang costs versi alpha",
                                        "berapa ongkos tiket pesawat"));

        await().atMost(Duration.ofSeconds(5)).until(() -> costsAnswer().contains("Jawaban baru"));
        assertThat(live.current().retrieval().ranked("ongkos tiket pesawat").get(0).topicId())
                .isEqualTo("costs");
    }

    @Test
    void offTopicExamplesAddedLaterTakeEffectWithoutRestart() throws IOException {
        String question = "ongkos tiket pesawat liburan ke Bali brp";
        double before = live.current().retrieval().ranked(question).get(0).score();

        Files.writeString(
                dir.resolve("off-topic.yml"),
                """
                questions:
                  id:
                    - tiket pesawat liburan ke Bali murah
                    - ongkos liburan keluarga ke Bali
                    - harga tiket pesawat ke Bali minggu depan
                  mkn: [beta mau pi liburan di Bali]
                  en: [cheap flights for a holiday in Bali]
                """);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> live.current().content().offTopic().id().size() == 3);
        assertThat(live.current().retrieval().ranked(question).get(0).score()).isLessThan(before);
    }

    @Test
    void anInvalidEditIsRejectedOnceAndTheOldContentStaysLive(CapturedOutput output)
            throws InterruptedException {
        edit(dir, COSTS, y -> y.replace("<b>Jawaban costs</b>", "<p>Jawaban rusak</p>"));

        await().atMost(Duration.ofSeconds(5))
                .until(() -> output.getOut().contains("Content edit rejected"));
        // Four more reload checks must not reject (and log) the same edit again.
        await().during(INTERVAL.multipliedBy(4))
                .atMost(INTERVAL.multipliedBy(8))
                .until(() -> output.getOut().split("Content edit rejected", -1).length == 2);

        assertThat(costsAnswer()).contains("Jawaban costs");
        assertThat(output.getOut().lines().filter(l -> l.contains("Content edit rejected")))
                .singleElement()
                .asString()
                .contains("WARN")
                .contains("topics/costs.yml: answer.id: tag <p> is not allowed in Telegram HTML");
    }

    @Test
    void aFixAfterARejectedEditGoesLive() {
        edit(dir, COSTS, y -> y.replace("related: [", "related: [nowhere, "));
        await().atMost(Duration.ofSeconds(5)).until(() -> !live.reloadIfChanged());

        edit(dir, COSTS, y -> y.replace("nowhere, ", "").replace("Jawaban costs", "Diperbaiki"));

        await().atMost(Duration.ofSeconds(5)).until(() -> costsAnswer().contains("Diperbaiki"));
    }

    @Test
    void unchangedFilesAreNotReloaded() {
        KnowledgeSnapshot before = live.current();

        assertThat(live.reloadIfChanged()).isFalse();
        assertThat(live.current()).isSameAs(before);
    }

    @Test
    void invalidContentAtStartupFailsFastWithEveryProblem(@TempDir Path other) {
        ContentFixtures.validContent(other);
        edit(other, COSTS, y -> y.replace("<b>Jawaban costs</b>", "<br>"));

        assertThatThrownBy(() -> new LiveContent(other, INTERVAL, new Normaliser()))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("topics/costs.yml: answer.id: tag <br> is not allowed");
    }
}
