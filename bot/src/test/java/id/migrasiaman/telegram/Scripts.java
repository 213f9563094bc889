package id.migrasiaman.telegram;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short conversation whose replies do not depend on the chat: commands and buttons in both
 * languages. Used to compare what each chat got with a fault-free run.
 */
final class Scripts {

    private static final AtomicLong UPDATE_IDS = new AtomicLong(8_000_000);
    private static final Pattern ID = Pattern.compile("\"update_id\":(\\d+)");

    private Scripts() {}

    static List<String> chat(long chat) {
        return List.of(
                message(chat, "/start"),
                callback(chat, "lang:en"),
                message(chat, "/start"),
                message(chat, "/laporan"),
                callback(chat, "lang:id"),
                message(chat, "/status LPR-0000-0000"));
    }

    static long updateId(String update) {
        Matcher m = ID.matcher(update);
        if (!m.find()) {
            throw new IllegalArgumentException("no update id");
        }
        return Long.parseLong(m.group(1));
    }

    static String message(long chat, String text) {
        long id = UPDATE_IDS.incrementAndGet();
        return "{\"update_id\":"
                + id
                + ",\"message\":{\"message_id\":"
                + id
                + ",\"from\":{\"id\":"
                + chat
                + ",\"is_bot\":false,\"first_name\":\"N\",\"language_code\":\"id\"},\"chat\":{\"id\":"
                + chat
                + ",\"type\":\"private\"},\"date\":1700000000,\"text\":\""
                + text
                + "\"}}";
    }

    static String callback(long chat, String data) {
        long id = UPDATE_IDS.incrementAndGet();
        return "{\"update_id\":"
                + id
                + ",\"callback_query\":{\"id\":\"cb"
                + id
                + "\",\"from\":{\"id\":"
                + chat
                + ",\"is_bot\":false,\"first_name\":\"N\"},\"message\":{\"message_id\":9,\"date\":1700000000,"
                + "\"chat\":{\"id\":"
                + chat
                + ",\"type\":\"private\"},\"text\":\"x\"},\"chat_instance\":\"1\",\"data\":\""
                + data
                + "\"}}";
    }
}
