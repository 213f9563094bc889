package id.migrasiaman.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.migrasiaman.TelegramChatTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Telegram path end to end: WireMock delivers updates, the bot answers through sendMessage. */
class TelegramIntegrationTests extends TelegramChatTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void startGetsWelcomeAndMainMenu() throws Exception {
        BOT_API.deliverOnce(update(1001, 555001, "/start"));

        JsonNode sent = awaitSendMessage(555001);

        assertThat(sent.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(sent.path("text").asText()).contains("<b>Selamat datang di Migrasi Aman</b>");
        JsonNode rows = sent.path("reply_markup").path("inline_keyboard");
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).get(0).path("callback_data").asText()).isEqualTo("m:route");
        assertThat(rows.get(1).get(0).path("callback_data").asText()).isEqualTo("m:learn");
        assertThat(rows.get(3).get(0).path("callback_data").asText()).isEqualTo("m:report");
        assertThat(rows.get(4).get(0).path("callback_data").asText()).isEqualTo("m:family");
        assertThat(rows.get(6).get(0).path("text").asText()).contains("Darurat");
    }

    @Test
    void sameUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        String update = update(1002, 555002, "/start");
        BOT_API.deliverOnce(update);
        awaitSendMessage(555002);
        BOT_API.deliverOnce(update);
        BOT_API.deliverOnce("[]");
        await().atMost(Duration.ofSeconds(5))
                .until(
                        () ->
                                BOT_API.server()
                                                .findAll(
                                                        postRequestedFor(
                                                                FakeBotApi.method("getUpdates")))
                                                .size()
                                        > 4);
        assertThat(sentTo(555002)).hasSize(1);
    }

    @Test
    void languageChoiceIsRememberedAcrossMessages() throws Exception {
        BOT_API.deliverOnce("[" + callback(1003, 555003, "lang:en") + "]");
        await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(555003).size() == 1);
        BOT_API.deliverOnce(update(1004, 555003, "/start"));
        await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(555003).size() == 2);
        assertThat(sentTo(555003).get(0).path("text").asText()).contains("<b>English</b>");
        assertThat(sentTo(555003).get(1).path("text").asText())
                .contains("<b>Welcome to Migrasi Aman</b>");
    }

    @Test
    void recoversWhenTheApiIsDownForAWhile() throws Exception {
        BOT_API.goDown();
        // Down long enough that the poller has failed twice and is backing off.
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                BOT_API.server()
                                                .findAll(
                                                        postRequestedFor(
                                                                FakeBotApi.method("getUpdates")))
                                                .size()
                                        >= 2);
        BOT_API.reset();
        BOT_API.deliverOnce(update(1005, 555005, "/start"));
        JsonNode sent = awaitSendMessage(555005);
        assertThat(sent.path("text").asText()).contains("Selamat datang");
    }

    private JsonNode awaitSendMessage(long chatId) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> !sentTo(chatId).isEmpty());
        return sentTo(chatId).get(0);
    }

    private List<JsonNode> sentTo(long chatId) throws Exception {
        List<LoggedRequest> requests =
                BOT_API.server()
                        .findAll(
                                postRequestedFor(FakeBotApi.method("sendMessage"))
                                        .withRequestBody(
                                                matchingJsonPath(
                                                        "$.chat_id",
                                                        equalTo(String.valueOf(chatId)))));
        return requests.stream().map(r -> read(r.getBodyAsString())).toList();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String update(long updateId, long chatId, String text) {
        return "[{\"update_id\":"
                + updateId
                + ",\"message\":{\"message_id\":"
                + updateId
                + ",\"from\":{\"id\":"
                + chatId
                + ",\"is_bot\":false,\"first_name\":\"Nona\",\"language_code\":\"id\"},"
                + "\"chat\":{\"id\":"
                + chatId
                + ",\"type\":\"private\",\"first_name\":\"Nona\"},"
                + "\"date\":1700000000,\"text\":\""
                + text
                + "\"}}]";
    }

    static String callback(long updateId, long chatId, String data) {
        return "{\"update_id\":"
                + updateId
                + ",\"callback_query\":{\"id\":\"cb"
                + updateId
                + "\","
                + "\"from\":{\"id\":"
                + chatId
                + ",\"is_bot\":false,\"first_name\":\"Nona\"},"
                + "\"message\":{\"message_id\":9,\"date\":1700000000,\"chat\":{\"id\":"
                + chatId
                + ",\"type\":\"private\"},\"text\":\"menu\"},"
                + "\"chat_instance\":\"1\",\"data\":\""
                + data
                + "\"}}";
    }
}
