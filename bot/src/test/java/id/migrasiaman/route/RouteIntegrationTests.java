package id.migrasiaman.route;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.reports.MutableClock;
import id.migrasiaman.system.ChatReachability;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.FakeBotApi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders in the running application, through Telegram updates and WireMock as the Bot API: a
 * chat that blocked the bot ({@code my_chat_member} "kicked", or a 403 to a reminder) never gets a
 * reminder again, and a reminder refused with 403 is dropped, not delivered days later when the
 * person writes again. The sweep runs on a fake clock over the application's own store and channel.
 */
class RouteIntegrationTests extends TelegramChatTest {

    @Autowired MongoDatabase database;
    @Autowired LiveRoutes routes;
    @Autowired RouteProgressStore store;
    @Autowired ReminderChannel channel;
    @Autowired ChatReachability reachability;
    @Autowired Texts texts;

    MutableClock clock;
    Reminders reminders;

    @BeforeEach
    void fiveDaysOn() {
        // Five days on, at 10:00 in Kupang: after the four quiet days, outside the quiet night.
        Instant inFiveDays = Instant.now().plus(Duration.ofDays(5));
        Instant tenWita = inFiveDays.atZone(Reminders.WITA).with(LocalTime.of(10, 0)).toInstant();
        clock =
                new MutableClock(
                        tenWita.isBefore(inFiveDays) ? tenWita.plus(Duration.ofDays(1)) : tenWita);
        reminders =
                new Reminders(
                        store, channel, routes::current, texts, clock, Duration.ofDays(4), 20);
    }

    @Test
    void aChatThatBlockedTheBotGetsNoReminder() {
        BotConversation person = new BotConversation(BOT_API, 780_021);
        String id = consentOnTheRoute(person, 780_021);
        BOT_API.deliverOnce("[" + kicked(780_021) + "]");
        await().atMost(Duration.ofSeconds(20)).until(() -> !reachability.reachable("tg:780021"));
        int before = person.sent().size();

        assertThat(reminders.sweep()).isZero();
        assertThat(progress(id).getBoolean("blocked")).isTrue();
        assertThat(progress(id).getBoolean("remind")).isFalse();
        clock.advance(Duration.ofDays(5));
        assertThat(reminders.sweep()).isZero();
        assertThat(person.sent()).hasSize(before);
    }

    @Test
    void aReminderRefusedWith403IsDroppedAndTheChatIsNeverRemindedAgain() {
        BotConversation person = new BotConversation(BOT_API, 780_022);
        String id = consentOnTheRoute(person, 780_022);
        var refused =
                BOT_API.server()
                        .stubFor(
                                post(FakeBotApi.method("sendMessage"))
                                        .atPriority(1)
                                        .withRequestBody(
                                                matchingJsonPath("$.chat_id", equalTo("780022")))
                                        .willReturn(
                                                okJson(
                                                                "{\"ok\":false,\"error_code\":403,"
                                                                        + "\"description\":\"Forbidden: bot was blocked by the user\"}")
                                                        .withStatus(403)));
        int before = person.sent().size();

        assertThat(reminders.sweep()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !reachability.reachable("tg:780022"));
        assertThat(person.sent()).hasSize(before + 1);
        assertThat(person.sent().get(before).path("text").asText())
                .contains("Halo, sudah sempat lanjut?");
        // The chat's blocked mark and the message's FAILED status are two writes: wait for both.
        Document reminder =
                await().atMost(Duration.ofSeconds(20))
                        .until(
                                () ->
                                        database.getCollection("telegram_outbound")
                                                .find(
                                                        new Document("kind", "reminder")
                                                                .append("status", "FAILED"))
                                                .first(),
                                Objects::nonNull);
        assertThat(reminder.getString("reason")).isEqualTo("blocked");

        clock.advance(Duration.ofDays(5));
        assertThat(reminders.sweep()).isZero();
        assertThat(progress(id).getBoolean("blocked")).isTrue();
        assertThat(person.sent()).hasSize(before + 1);

        // Unblocked, the person writes again: the old reminder does not come back.
        BOT_API.server().removeStub(refused);
        List<JsonNode> answer = person.say("/jalur");
        assertThat(answer).noneMatch(m -> m.path("text").asText().contains("sudah sempat lanjut"));
        assertThat(BotConversation.buttonData(answer.get(0))).contains("j:r1");
        assertThat(
                        BOT_API
                                .server()
                                .findAll(
                                        postRequestedFor(FakeBotApi.method("sendMessage"))
                                                .withRequestBody(
                                                        matchingJsonPath(
                                                                "$.chat_id", equalTo("780022"))))
                                .stream()
                                .filter(r -> r.getBodyAsString().contains("sempat lanjut"))
                                .count())
                .isEqualTo(1);
    }

    /** Walks to the first step and taps "🔔 Ingatkan saya"; returns the progress's id. */
    private String consentOnTheRoute(BotConversation person, long chatId) {
        person.say("/jalur");
        person.press("j:c:MY");
        person.press("j:w:domestic");
        assertThat(text(person.press("j:r1"))).contains("Kalau 4 hari tidak ada kemajuan");
        Document stored =
                database.getCollection("route_progress")
                        .find(new Document("address", "tg:" + chatId))
                        .first();
        assertThat(stored.getBoolean("remind")).isTrue();
        // Keyed by the pseudonym, never the chat id.
        assertThat(stored.getString("_id")).doesNotContain(String.valueOf(chatId));
        return stored.getString("_id");
    }

    private Document progress(String id) {
        return database.getCollection("route_progress").find(new Document("_id", id)).first();
    }

    private static String kicked(long chatId) {
        String bot = "{\"id\":123,\"is_bot\":true,\"first_name\":\"Migrasi Aman\"}";
        return "{\"update_id\":"
                + (900_000 + chatId % 1000)
                + ",\"my_chat_member\":{\"chat\":{\"id\":"
                + chatId
                + ",\"type\":\"private\",\"first_name\":\"Nona\"},\"from\":{\"id\":"
                + chatId
                + ",\"is_bot\":false,\"first_name\":\"Nona\"},\"date\":1700000000,"
                + "\"old_chat_member\":{\"status\":\"member\",\"user\":"
                + bot
                + "},\"new_chat_member\":{\"status\":\"kicked\",\"until_date\":0,\"user\":"
                + bot
                + "}}}";
    }
}
