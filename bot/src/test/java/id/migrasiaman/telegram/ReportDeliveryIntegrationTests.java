package id.migrasiaman.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.migrasiaman.telegram.BotReplies.REPORT_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.AlertRecords;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's messages arrive although Telegram fails for a while: the staff alert is retried until
 * it is taken (and the report records when), the console's "staff chat not reached" count goes up
 * meanwhile, and {@code /laporan} lists the reporter's codes.
 */
class ReportDeliveryIntegrationTests extends TelegramChatTest {

    @Autowired MongoDatabase database;

    @Autowired AlertRecords alerts;

    @Test
    void anUrgentAlertIsRetriedUntilTheStaffChatTakesIt() {
        StubMapping down =
                BOT_API.server()
                        .stubFor(
                                post(FakeBotApi.method("sendMessage"))
                                        .atPriority(1)
                                        .withRequestBody(
                                                matchingJsonPath("$.chat_id", equalTo(STAFF_CHAT)))
                                        .willReturn(aResponse().withStatus(502)));
        BotConversation user = new BotConversation(BOT_API, 773_001);

        String code =
                codeIn(user.say("tolong sy dikunci majikan, paspor ditahan, tidak dikasih makan"));

        await().atMost(Duration.ofSeconds(20)).until(() -> failedStaffCalls() >= 3);
        Document report =
                database.getCollection("reports").find(new Document("code", code)).first();
        assertThat(report.get("alertQueuedAt")).isNotNull();
        assertThat(report.get("alertSentAt")).isNull();
        assertThat(alerts.notReached(Duration.ZERO)).isGreaterThanOrEqualTo(1);

        BOT_API.server().removeStub(down);

        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                database.getCollection("reports")
                                                .find(new Document("code", code))
                                                .first()
                                                .get("alertSentAt")
                                        != null);
        assertThat(staffMessagesAbout(code)).isEqualTo(1);
    }

    @Test
    void laporanListsTheReportersOwnCodes() {
        BotConversation user = new BotConversation(BOT_API, 773_002);
        String code =
                codeIn(user.say("tolong sy dikunci majikan, paspor ditahan, tidak dikasih makan"));

        String list =
                String.join(
                        "\n",
                        user.say("/laporan").stream().map(r -> r.path("text").asText()).toList());

        assertThat(list).contains(code).contains("Diterima");
        BotConversation other = new BotConversation(BOT_API, 773_003);
        assertThat(other.say("/laporan").get(0).path("text").asText())
                .doesNotContain(code)
                .contains("/lapor");
    }

    @Test
    void aSlowEvidenceDownloadHoldsUpNoMessageAndJoinsTheReportLater() {
        byte[] photo = "slow-photo-bytes".repeat(100).getBytes();
        BOT_API.server()
                .stubFor(
                        post(FakeBotApi.method("getFile"))
                                .willReturn(
                                        okJson(
                                                "{\"ok\":true,\"result\":{\"file_id\":\"SLOW\",\"file_unique_id\":\"uS\",\"file_size\":"
                                                        + photo.length
                                                        + ",\"file_path\":\"photos/slow.jpg\"}}")));
        BOT_API.server()
                .stubFor(
                        get(urlPathEqualTo("/file/bot" + FakeBotApi.TOKEN + "/photos/slow.jpg"))
                                .willReturn(aResponse().withBody(photo).withFixedDelay(15_000)));
        BotConversation user = new BotConversation(BOT_API, 773_004);
        user.say("/lapor calo di Semau kirim orang lewat Batam");
        for (int i = 0; i < 12 && !last(user).contains("Bukti"); i++) {
            user.press("r:skip");
        }

        long sentAt = System.nanoTime();
        assertThat(last(user.sendPhoto("SLOW", photo.length, null))).contains("sedang disimpan");
        assertThat(last(user.press("r:done"))).contains("menghubungi");
        assertThat(Duration.ofNanos(System.nanoTime() - sentAt))
                .as("answered while the 15 s download is still running")
                .isLessThan(Duration.ofSeconds(15));
        user.press("r:contact:no");
        String code = codeIn(user.press("r:send"));
        Document report =
                database.getCollection("reports").find(new Document("code", code)).first();
        assertThat(report.getList("evidence", Document.class)).isEmpty();

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                !database.getCollection("reports")
                                        .find(new Document("code", code))
                                        .first()
                                        .getList("evidence", Document.class)
                                        .isEmpty());
    }

    private static String last(List<com.fasterxml.jackson.databind.JsonNode> replies) {
        return replies.isEmpty() ? "" : replies.get(replies.size() - 1).path("text").asText();
    }

    private static String last(BotConversation user) {
        return last(user.sent());
    }

    private static String codeIn(List<com.fasterxml.jackson.databind.JsonNode> replies) {
        for (var reply : replies) {
            Matcher m = REPORT_CODE.matcher(reply.path("text").asText());
            if (m.find()) {
                return m.group();
            }
        }
        throw new AssertionError("no reference code in the replies");
    }

    /** Staff-chat messages about {@code code} that Telegram answered with 200. */
    private long staffMessagesAbout(String code) {
        return staffCalls(200).stream().filter(body -> body.contains(code)).count();
    }

    private long failedStaffCalls() {
        return staffCalls(502).size();
    }

    private List<String> staffCalls(int status) {
        return BOT_API.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().toLowerCase().endsWith("sendmessage"))
                .filter(e -> e.getResponse().getStatus() == status)
                .map(e -> e.getRequest().getBodyAsString())
                .filter(body -> body.contains("\"chat_id\":\"" + STAFF_CHAT + "\""))
                .toList();
    }
}
