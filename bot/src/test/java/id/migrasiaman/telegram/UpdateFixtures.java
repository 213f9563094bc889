package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Updates for tests, from the shared Telegram fixtures in {@code telegram-fixtures/} (test
 * resources) moved into one private chat, or composed: edits and replies to the bot's messages.
 */
public final class UpdateFixtures {

    private static final AtomicLong IDS = new AtomicLong(80_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private UpdateFixtures() {}

    /** The fixture {@code file} as a new update in the private chat {@code chatId}. */
    public static String inPrivateChat(String file, long chatId) {
        ObjectNode update = (ObjectNode) read(file);
        long id = IDS.incrementAndGet();
        update.put("update_id", id);
        ObjectNode message =
                (ObjectNode)
                        (update.has("message")
                                ? update.get("message")
                                : update.get("edited_message"));
        message.put("message_id", id);
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", chatId);
        chat.put("type", "private");
        chat.put("first_name", "Nona");
        message.set("chat", chat);
        ((ObjectNode) message.get("from")).put("id", chatId);
        ((ObjectNode) message.get("from")).put("language_code", "id");
        return update.toString();
    }

    /** An edit of an earlier text message in the private chat {@code chatId}. */
    public static String editedText(long chatId, String newText) {
        long id = IDS.incrementAndGet();
        ObjectNode message = message(chatId, 5);
        message.put("edit_date", 1_700_000_100);
        message.put("text", newText);
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", id);
        update.set("edited_message", message);
        return update.toString();
    }

    /**
     * A reply in chat {@code chatId} to the bot's message {@code botText}; {@code body} adds the
     * reply's own content, e.g. {@code "text":"..."} or a voice object.
     */
    public static String replyToBot(long chatId, String botText, String body) {
        long id = IDS.incrementAndGet();
        ObjectNode original = message(chatId, 4);
        ObjectNode bot = JSON.createObjectNode();
        bot.put("id", 7_000_000_001L);
        bot.put("is_bot", true);
        bot.put("first_name", "Migrasi Aman");
        original.set("from", bot);
        original.put("text", botText);
        ObjectNode message = message(chatId, id);
        message.set("reply_to_message", original);
        try {
            JsonNode extra = JSON.readTree("{" + body + "}");
            extra.fields().forEachRemaining(e -> message.set(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", id);
        update.set("message", message);
        return update.toString();
    }

    private static ObjectNode message(long chatId, long messageId) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        ObjectNode from = JSON.createObjectNode();
        from.put("id", chatId);
        from.put("is_bot", false);
        from.put("first_name", "Nona");
        from.put("language_code", "id");
        message.set("from", from);
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", chatId);
        chat.put("type", "private");
        message.set("chat", chat);
        message.put("date", 1_700_000_000);
        return message;
    }

    /** The fixture {@code file} unchanged. */
    public static JsonNode read(String file) {
        try (InputStream in =
                UpdateFixtures.class.getResourceAsStream("/telegram-fixtures/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
