package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What the bot replied, as the person reads it: the Bot API messages a {@link BotConversation}
 * captured, read as text and buttons.
 */
public final class BotReplies {

    private BotReplies() {}

    /** The texts of {@code replies}, one per line, as the person reads them. */
    public static String text(List<JsonNode> replies) {
        return String.join("\n", replies.stream().map(r -> r.path("text").asText()).toList());
    }

    /** The text of one reply. */
    public static String text(JsonNode reply) {
        return reply.path("text").asText();
    }

    /** The last of {@code replies}: the one whose buttons the person sees under the chat. */
    public static JsonNode last(List<JsonNode> replies) {
        return replies.get(replies.size() - 1);
    }

    /** The callback data of every inline button under {@code replies}, in order. */
    public static List<String> buttons(List<JsonNode> replies) {
        return replies.stream().flatMap(r -> BotConversation.buttonData(r).stream()).toList();
    }
}
