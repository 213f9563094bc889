package id.migrasiaman.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import id.migrasiaman.TelegramChatTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Bot API failing while the bot answers: 429 with retry_after, 502, slow answers and reset
 * connections. Every reply is delivered once and in order; a chat that is rate-limited or that
 * blocked the bot holds up nobody else.
 */
class BotApiFaultIntegrationTests extends TelegramChatTest {

    private static final int CHATS = 8;

    @Autowired MeterRegistry meters;

    @Test
    void underFaultsEveryReplyIsDeliveredOnceAndInOrder() {
        long baseline = 793_000; // a range no other test uses (the chats must have no reports)
        for (String update : script(baseline)) {
            new BotConversation(BOT_API, baseline).deliver(update);
        }
        List<String> expected = Delivered.texts(BOT_API, baseline);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(6);

        BOT_API.faults().failing(50, 14);
        List<List<String>> scripts = new ArrayList<>();
        for (int c = 1; c <= CHATS; c++) {
            scripts.add(script(baseline + c));
        }
        List<String> interleaved = new ArrayList<>();
        for (int step = 0; step < scripts.get(0).size(); step++) {
            for (List<String> s : scripts) {
                interleaved.add(s.get(step));
            }
        }
        BOT_API.deliverOnce("[" + String.join(",", interleaved) + "]");

        await().atMost(Duration.ofSeconds(120))
                .until(
                        () -> {
                            for (int c = 1; c <= CHATS; c++) {
                                if (Delivered.texts(BOT_API, baseline + c).size()
                                        < expected.size()) {
                                    return false;
                                }
                            }
                            return true;
                        });
        int injected = BOT_API.faults().injected();
        BOT_API.faults().failing(0, 0);
        for (int c = 1; c <= CHATS; c++) {
            assertThat(Delivered.texts(BOT_API, baseline + c))
                    .as("chat %d", c)
                    .containsExactlyElementsOf(expected);
        }
        // Which chats get the 429s, 502s, slow answers and resets depends on the order of
        // concurrent calls: count them all, not two chats' status codes.
        assertThat(injected).as("faults were injected").isPositive();
        assertThat(counter("failed")).isZero();
    }

    @Test
    void aRateLimitedChatHoldsUpNobodyElse() {
        long flooded = 741_001;
        long other = 741_002;
        StubMapping limited =
                BOT_API.server()
                        .stubFor(
                                post(FakeBotApi.method("sendMessage"))
                                        .atPriority(1)
                                        .withRequestBody(
                                                matchingJsonPath(
                                                        "$.chat_id",
                                                        equalTo(String.valueOf(flooded))))
                                        .willReturn(
                                                aResponse()
                                                        .withStatus(429)
                                                        .withBody(
                                                                "{\"ok\":false,\"error_code\":429,\"description\":\"Too"
                                                                        + " Many Requests: retry after"
                                                                        + " 30\",\"parameters\":{\"retry_after\":30}}")));
        BOT_API.deliverOnce(
                "[" + message(flooded, "/start") + "," + message(flooded, "/topik") + "]");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Delivered.calls(BOT_API, flooded, 429) >= 1);

        BOT_API.deliverOnce("[" + message(other, "/start") + "]");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !Delivered.texts(BOT_API, other).isEmpty());
        assertThat(Delivered.texts(BOT_API, flooded)).isEmpty();
        assertThat(Delivered.calls(BOT_API, flooded, 429))
                .as("retry_after honoured: no second try within it")
                .isEqualTo(1);
        BOT_API.server().removeStub(limited);
    }

    @Test
    void aChatThatBlockedTheBotGetsNothingUntilItWritesAgain() {
        long chat = 742_001;
        StubMapping blocked =
                BOT_API.server()
                        .stubFor(
                                post(FakeBotApi.method("sendMessage"))
                                        .atPriority(1)
                                        .withRequestBody(
                                                matchingJsonPath(
                                                        "$.chat_id", equalTo(String.valueOf(chat))))
                                        .willReturn(
                                                aResponse()
                                                        .withStatus(403)
                                                        .withBody(
                                                                "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden:"
                                                                        + " bot was blocked by the user\"}")));
        BOT_API.deliverOnce("[" + message(chat, "/start") + "]");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Delivered.calls(BOT_API, chat, 403) == 1);
        BotConversation other = new BotConversation(BOT_API, 742_002);
        assertThat(other.say("/start")).isNotEmpty();
        assertThat(Delivered.calls(BOT_API, chat, 403)).as("no retries while blocked").isEqualTo(1);

        BOT_API.server().removeStub(blocked);
        BOT_API.deliverOnce("[" + message(chat, "/laporan") + "]");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> Delivered.texts(BOT_API, chat).size() == 2);
        assertThat(Delivered.texts(BOT_API, chat).get(0)).contains("Selamat datang");
        assertThat(Delivered.texts(BOT_API, chat).get(1)).contains("/lapor");
    }

    private double counter(String outcome) {
        return meters.find("migrasi.telegram.outbound").tag("outcome", outcome).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private static List<String> script(long chat) {
        return Scripts.chat(chat);
    }

    private static String message(long chat, String text) {
        return Scripts.message(chat, text);
    }
}
