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
}
