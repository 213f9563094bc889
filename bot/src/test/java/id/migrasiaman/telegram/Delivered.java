package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Comparator;
import java.util.List;

/**
 * What the fake Bot API actually delivered: sendMessage calls it answered 200 (a 429, a 502 or a
 * reset connection is not a delivery), oldest first.
 */
public final class Delivered {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Delivered() {}

    /** The texts delivered to {@code chatId}, in the order they arrived. */
    public static List<String> texts(FakeBotApi api, long chatId) {
        return messages(api, String.valueOf(chatId)).stream()
                .map(m -> m.path("text").asText())
                .toList();
    }

    /** The messages delivered to {@code chatId}, in the order they arrived. */
    public static List<JsonNode> messages(FakeBotApi api, String chatId) {
        return api.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().toLowerCase().endsWith("/sendmessage"))
                .filter(
                        e ->
                                e.getResponse().getStatus() == 200
                                        && e.getResponse().getFault() == null)
                .sorted(Comparator.comparing((ServeEvent e) -> e.getRequest().getLoggedDate()))
                .map(e -> read(e.getRequest().getBodyAsString()))
                .filter(m -> chatId.equals(m.path("chat_id").asText()))
                .toList();
    }

    /** How many sendMessage calls to {@code chatId} got {@code status}. */
    public static long calls(FakeBotApi api, long chatId, int status) {
        return api.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().toLowerCase().endsWith("/sendmessage"))
                .filter(e -> e.getResponse().getStatus() == status)
                .map(e -> read(e.getRequest().getBodyAsString()))
                .filter(m -> String.valueOf(chatId).equals(m.path("chat_id").asText()))
                .count();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
