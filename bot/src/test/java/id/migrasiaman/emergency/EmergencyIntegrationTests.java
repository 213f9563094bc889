package id.migrasiaman.emergency;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static id.migrasiaman.telegram.BotReplies.reportCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An emergency message: hotlines first, an URGENT report, and an alert in the staff chat. */
class EmergencyIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void hotlinesFirstThenUrgentReportAndStaffAlert() {
        BotConversation user = new BotConversation(BOT_API, 710_001);
        List<JsonNode> replies =
                user.say("tolong sy dikunci majikan, paspor ditahan dan tidak dikasih makan");

        assertThat(replies).hasSizeGreaterThanOrEqualTo(3);
        assertThat(replies.get(0).path("text").asText()).contains("110").contains("0-800-1000");
        assertThat(
                        replies.get(1)
                                .path("reply_markup")
                                .path("keyboard")
                                .get(0)
                                .get(0)
                                .path("request_location")
                                .asBoolean())
                .isTrue();
        String code = reportCode(replies.get(2).path("text").asText());
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);

        // The staff chat may already hold alerts of other tests sharing this application.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                assertThat(staffAlerts())
                                        .anySatisfy(
                                                a ->
                                                        assertThat(a)
                                                                .contains(code)
                                                                .contains("URGENT")));

        user.deliver(
                "{\"update_id\":"
                        + 9_100_001
                        + ",\"message\":{\"message_id\":77,\"from\":{\"id\":710001,\"is_bot\":false,"
                        + "\"first_name\":\"N\"},\"chat\":{\"id\":710001,\"type\":\"private\"},\"date\":1700000000,"
                        + "\"location\":{\"latitude\":-10.17,\"longitude\":123.6}}}");
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(msg -> assertThat(msg.text()).contains("-10.17"));
        assertThat(queue.contactFor(code)).isEmpty();
        user.press("e:contact");
        assertThat(queue.contactFor(code)).isPresent();
    }

    private List<String> staffAlerts() {
        return BOT_API
                .server()
                .findAll(
                        postRequestedFor(FakeBotApi.method("sendMessage"))
                                .withRequestBody(
                                        matchingJsonPath("$.chat_id", equalTo(STAFF_CHAT))))
                .stream()
                .map(r -> r.getBodyAsString())
                .toList();
    }
}
