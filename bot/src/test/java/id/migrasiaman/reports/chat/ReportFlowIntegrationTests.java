package id.migrasiaman.reports.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.EvidenceStore;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterMessages;
import id.migrasiaman.reports.Status;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole broker report through Telegram updates, with a photo, then /status and an append by code.
 */
public class ReportFlowIntegrationTests extends TelegramChatTest {

    private static final byte[] PHOTO = "fake-jpeg-bytes-of-a-broker-flyer".repeat(40).getBytes();

    @Autowired ReportQueue queue;

    @Autowired ReporterMessages messages;

    @Autowired EvidenceStore evidence;

    @Autowired MongoDatabase database;

    @BeforeEach
    void api() {
        BOT_API.server()
                .stubFor(
                        post(FakeBotApi.method("getFile"))
                                .willReturn(
                                        okJson(
                                                "{\"ok\":true,\"result\":{\"file_id\":\"PH1\",\"file_unique_id\":\"uPH1\",\"file_size\":"
                                                        + PHOTO.length
                                                        + ",\"file_path\":\"photos/file_1.jpg\"}}")));
        BOT_API.server()
                .stubFor(
                        get(urlPathEqualTo("/file/bot" + FakeBotApi.TOKEN + "/photos/file_1.jpg"))
                                .willReturn(aResponse().withBody(PHOTO)));
    }

    @Test
    void fullReportWithPhotoStatusAndAppend() throws Exception {
        BotConversation user = new BotConversation(BOT_API, 700_001);
        assertThat(text(user.say("/lapor"))).contains("Laporkan calo").contains("Apa yang terjadi");
        user.say("Ada om yang rekrut nona-nona ke Malaysia, kasi uang sirih 2 juta ke orang tua");
        assertThat(text(user.say("Om Yanto, hp 0812-3456-7890"))).contains("kecamatan");
        user.press("r:kec:0");
        user.press("r:skip");
        user.press("r:when:week");
        user.press("r:dest:MY");
        user.say("lewat Tenau lalu Nunukan");
        user.press("r:victims:2-5");
        assertThat(text(user.press("r:minors:yes"))).contains("Bukti");
        assertThat(text(user.sendPhoto("PH1", PHOTO.length, "brosur dari om Yanto")))
                .contains("(1 file)");
        assertThat(text(user.press("r:done"))).contains("menghubungi");
        List<JsonNode> summary = user.press("r:contact:no");
        assertThat(text(summary))
                .contains("Ringkasan")
                .contains("Kupang Timur")
                .contains("+6281234567890");

        String sent = text(user.press("r:send"));
        String code = reportCode(sent);

        Report report = queue.find(code).orElseThrow();
        assertThat(report.status()).isEqualTo(Status.NEW);
        assertThat(report.priority()).isEqualTo(Priority.URGENT);
        assertThat(report.facts().kecamatan()).isEqualTo("Kupang Timur");
        assertThat(report.facts().phones()).contains("+6281234567890");
        assertThat(report.facts().destinations()).contains("MY");
        assertThat(report.facts().minors()).isTrue();
        assertThat(report.facts().victims()).isEqualTo(3);
        assertThat(report.facts().route()).contains("Nunukan");
        assertThat(report.channel()).isEqualTo("telegram");
        assertThat(report.reporterPseudonym()).isNotBlank().doesNotContain("700001");
        assertThat(queue.contactFor(code)).isEmpty();

        // The photo is downloaded off the chat's path and joins the report when it is in.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> queue.find(code).orElseThrow().evidence().size() == 1);
        EvidenceRef ref = queue.find(code).orElseThrow().evidence().get(0);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PHOTO));
        assertThat(ref.sha256()).isEqualTo(sha);
        assertThat(ref.size()).isEqualTo(PHOTO.length);
        try (InputStream in = evidence.open(ref.id()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(PHOTO);
        }
        assertThat(
                        database.getCollection("evidence.files")
                                .countDocuments(new Document("length", (long) PHOTO.length)))
                .isGreaterThanOrEqualTo(1);

        assertThat(text(user.say("/status " + code.toLowerCase())))
                .contains(code)
                .contains("menunggu diperiksa");
        assertThat(text(user.say("/tambah " + code))).contains(code);
        assertThat(text(user.say("Calo itu pakai mobil avanza putih"))).contains("Ditambahkan");
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(msg -> assertThat(msg.text()).contains("avanza putih"));
    }

    @Test
    void contactIsKeptOnlyWithConsent() {
        BotConversation user = new BotConversation(BOT_API, 700_002);
        user.say("/lapor calo di Oesao bawa anak ke Batam");
        for (int i = 0; i < 12; i++) {
            String last = text(user.sent().subList(user.sent().size() - 1, user.sent().size()));
            if (last.contains("menghubungi")) {
                break;
            }
            user.press("r:skip");
        }
        user.press("r:contact:yes");
        String sent = text(user.press("r:send"));
        String code = reportCode(sent);
        assertThat(queue.contactFor(code))
                .hasValueSatisfying(c -> assertThat(c.address()).isEqualTo("tg:700002"));

        int before = user.sent().size();
        assertThat(messages.send(code, "staff-1", "Bisa jelaskan <lokasi> penampungan?"))
                .isEqualTo(ReporterMessages.Outcome.SENT);
        // Queued durably, then sent by the outbound queue.
        await().atMost(Duration.ofSeconds(10)).until(() -> user.sent().size() == before + 1);
        assertThat(user.sent().get(before).path("text").asText())
                .contains(code)
                .contains("&lt;lokasi&gt;");
        assertThat(messages.send("LPR-0000-0000", "staff-1", "x"))
                .isEqualTo(ReporterMessages.Outcome.NO_CONSENT);
    }
}
