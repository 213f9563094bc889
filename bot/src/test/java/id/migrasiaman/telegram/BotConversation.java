package id.migrasiaman.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A user talking to the bot through the fake Bot API: each call delivers one update and waits for
 * the bot's replies to that chat.
 */
public final class BotConversation {

    private static final AtomicLong UPDATE_IDS = new AtomicLong(50_000);
    private final FakeBotApi api;
    private final long chatId;
    private final String languageCode;
    private final ObjectMapper json = new ObjectMapper();

    public BotConversation(FakeBotApi api, long chatId) {
        this(api, chatId, "id");
    }

    /** A user whose Telegram app is set to {@code languageCode} ("id", "en", …). */
    public BotConversation(FakeBotApi api, long chatId, String languageCode) {
        this.api = api;
        this.chatId = chatId;
        this.languageCode = languageCode;
    }

    /** Sends text and returns the replies it produced. */
    public List<JsonNode> say(String text) {
        return deliver(messageJson(UPDATE_IDS.incrementAndGet(), "\"text\":" + quote(text)));
    }

    /** Edits an earlier message so that it now says {@code text}. */
    public List<JsonNode> edit(String text) {
        long id = UPDATE_IDS.incrementAndGet();
        return deliver(
                "{\"update_id\":"
                        + id
                        + ",\"edited_message\":{\"message_id\":7,\"from\":"
                        + user()
                        + ",\"chat\":"
                        + chat()
                        + ",\"date\":1700000000,\"edit_date\":1700000100,\"text\":"
                        + quote(text)
                        + "}}");
    }

    /** This user writes {@code text} in the group {@code groupId}; returns the group's replies. */
    public List<JsonNode> sayInGroup(long groupId, String text) {
        long id = UPDATE_IDS.incrementAndGet();
        BotConversation group = new BotConversation(api, groupId);
        // A group's messages go out at least a second apart (Telegram's pace for groups).
        return group.deliver(
                Duration.ofMillis(1500),
                "{\"update_id\":"
                        + id
                        + ",\"message\":{\"message_id\":"
                        + id
                        + ",\"from\":"
                        + user()
                        + ",\"chat\":{\"id\":"
                        + groupId
                        + ",\"type\":\"supergroup\",\"title\":\"Desa\"},\"date\":1700000000,"
                        + "\"text\":"
                        + quote(text)
                        + "}}");
    }

    /** Presses an inline button. */
    public List<JsonNode> press(String data) {
        long id = UPDATE_IDS.incrementAndGet();
        return deliver(
                "{\"update_id\":"
                        + id
                        + ",\"callback_query\":{\"id\":\"cb"
                        + id
                        + "\",\"from\":"
                        + user()
                        + ",\"message\":{\"message_id\":9,\"date\":1700000000,\"chat\":"
                        + chat()
                        + ",\"text\":\"x\"},"
                        + "\"chat_instance\":\"1\",\"data\":"
                        + quote(data)
                        + "}}");
    }

    /** Sends a photo whose file the fake API serves under {@code filePath}. */
    public List<JsonNode> sendPhoto(String fileId, long size, String caption) {
        return deliver(
                messageJson(
                        UPDATE_IDS.incrementAndGet(),
                        "\"photo\":[{\"file_id\":\""
                                + fileId
                                + "\",\"file_unique_id\":\"u"
                                + fileId
                                + "\",\"width\":800,\"height\":600,\"file_size\":"
                                + size
                                + "}]"
                                + (caption == null ? "" : ",\"caption\":" + quote(caption))));
    }

    /** Delivers a raw update JSON object and waits for the replies it causes. */
    public List<JsonNode> deliver(String updateJson) {
        return deliver(Duration.ofMillis(400), updateJson);
    }

    /** {@link #deliver(String)}, done when no reply came for {@code quiet}. */
    List<JsonNode> deliver(Duration quiet, String updateJson) {
        int before = sent().size();
        api.deliverOnce("[" + updateJson + "]");
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> sent().size() > before);
        // Replies of one update leave the outbound queue one by one: wait until none came for a
        // moment (two looks {@code quiet} apart see the same count).
        java.util.concurrent.atomic.AtomicInteger seen =
                new java.util.concurrent.atomic.AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(quiet)
                .until(
                        () -> {
                            int now = sent().size();
                            return now == seen.getAndSet(now);
                        });
        List<JsonNode> all = sent();
        return all.subList(before, all.size());
    }

    /** The callback data of every inline button of {@code message}, row by row. */
    public static List<String> buttonData(JsonNode message) {
        List<String> data = new java.util.ArrayList<>();
        message.path("reply_markup")
                .path("inline_keyboard")
                .forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
        return data;
    }

    /** {@link BotReplies#text}, kept for tests written before it. */
    public static String text(List<JsonNode> replies) {
        return BotReplies.text(replies);
    }

    /** Every message the bot sent to this chat so far. */
    public List<JsonNode> sent() {
        return api
                .server()
                .findAll(
                        postRequestedFor(FakeBotApi.method("sendMessage"))
                                .withRequestBody(
                                        matchingJsonPath(
                                                "$.chat_id", equalTo(String.valueOf(chatId)))))
                .stream()
                .map(r -> read(r.getBodyAsString()))
                .toList();
    }

    public String lastUpdateJson(String text) {
        return messageJson(UPDATE_IDS.incrementAndGet(), "\"text\":" + quote(text));
    }

    private String messageJson(long id, String body) {
        return "{\"update_id\":"
                + id
                + ",\"message\":{\"message_id\":"
                + id
                + ",\"from\":"
                + user()
                + ",\"chat\":"
                + chat()
                + ",\"date\":1700000000,"
                + body
                + "}}";
    }

    private String user() {
        return "{\"id\":"
                + chatId
                + ",\"is_bot\":false,\"first_name\":\"Nona\",\"language_code\":\""
                + languageCode
                + "\"}";
    }

    private String chat() {
        return "{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"Nona\"}";
    }

    private String quote(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
