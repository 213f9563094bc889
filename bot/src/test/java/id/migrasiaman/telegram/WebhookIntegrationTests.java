package id.migrasiaman.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Webhook mode: registration, the secret token, handling, duplicates and malformed bodies. */
class WebhookIntegrationTests extends WebhookTest {

    @Autowired ApplicationContext context;

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void registersTheWebhookWithItsSecretAndDoesNotPoll() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> context.getBean(WebhookRegistrar.class).registered());
        assertThat(context.getBeanNamesForType(UpdatePoller.class)).isEmpty();
    }

    @Test
    void anUpdateWithTheRightSecretIsAnswered() throws Exception {
        BotConversation user = new BotConversation(BOT_API, 880_001);

        HttpResponse<String> response = post(user.lastUpdateJson("/start"), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !user.sent().isEmpty());
        JsonNode welcome = user.sent().get(0);
        assertThat(welcome.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(welcome.path("reply_markup").path("inline_keyboard").size()).isEqualTo(7);
    }

    @Test
    void theSameUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        BotConversation user = new BotConversation(BOT_API, 880_002);
        String update = user.lastUpdateJson("/start");

        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !user.sent().isEmpty());
        await().during(Duration.ofMillis(800))
                .atMost(Duration.ofSeconds(5))
                .until(() -> user.sent().size() == 1);
    }

    @Test
    void callsWithoutTheSecretAreRefusedAndNotHandled() throws Exception {
        BotConversation user = new BotConversation(BOT_API, 880_003);

        assertThat(post(user.lastUpdateJson("/start"), null).statusCode()).isEqualTo(401);
        assertThat(post(user.lastUpdateJson("/start"), "wrong").statusCode()).isEqualTo(401);

        await().during(Duration.ofMillis(800))
                .atMost(Duration.ofSeconds(5))
                .until(() -> user.sent().isEmpty());
    }

    @Test
    void onlyPostIsTakenAndEveryAcceptedCallIsTimed() throws Exception {
        io.micrometer.core.instrument.Timer timer =
                context.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                        .timer("migrasi.telegram.webhook.accept");
        long before = timer.count();
        HttpResponse<String> get =
                java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create(
                                                        "http://localhost:"
                                                                + port
                                                                + WebhookController.PATH))
                                        .header(WebhookController.SECRET_HEADER, SECRET)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        BotConversation user = new BotConversation(BOT_API, 880_005);

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(post(user.lastUpdateJson("/start"), SECRET).statusCode()).isEqualTo(200);
        assertThat(timer.count()).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !user.sent().isEmpty());
    }

    @Test
    void malformedBodiesAreSetAsideWithoutMakingTelegramRetry() throws Exception {
        assertThat(post("{not json", SECRET).statusCode()).isEqualTo(200);
        assertThat(post("{\"update_id\":\"x\",\"message\":7}", SECRET).statusCode()).isEqualTo(200);
        assertThat(post("", SECRET).statusCode()).isEqualTo(200);

        BotConversation user = new BotConversation(BOT_API, 880_004);
        assertThat(post(user.lastUpdateJson("halo"), SECRET).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !user.sent().isEmpty());
    }

    @Test
    void setWebhookCarriesUrlSecretAndAllowedUpdates() {
        WebhookRegistrar fresh =
                new WebhookRegistrar(
                        context.getBean(BotApiCalls.class),
                        context.getBean(TelegramSettings.class),
                        context.getBean("telegramObjectMapper", ObjectMapper.class),
                        context.getBean(PollingHealth.class));
        fresh.start();
        await().atMost(Duration.ofSeconds(10)).until(fresh::registered);
        fresh.stop();

        List<?> calls =
                BOT_API.server()
                        .findAll(
                                postRequestedFor(FakeBotApi.method("setWebhook"))
                                        .withRequestBody(
                                                matchingJsonPath(
                                                        "$.url",
                                                        equalTo(
                                                                "https://bot.example.test/telegram/webhook")))
                                        .withRequestBody(
                                                matchingJsonPath("$.secret_token", equalTo(SECRET)))
                                        .withRequestBody(
                                                matchingJsonPath(
                                                        "$.allowed_updates[2]",
                                                        equalTo("callback_query"))));
        assertThat(calls).isNotEmpty();
    }
}
