package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bot replied, as the person reads it: the Bot API messages a {@link BotConversation}
 * captured, read as text and buttons.
 */
public final class BotReplies {

    /** A report's reference code as the bot shows it, such as {@code LPR-7K3Q-M2XA}. */
    public static final Pattern REPORT_CODE = Pattern.compile("LPR-[0-9A-Z]{4}-[0-9A-Z]{4}");

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

    /** The first report code in {@code text}; fails the test when there is none. */
    public static String reportCode(String text) {
        Matcher m = REPORT_CODE.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no report code in: " + text);
        }
        return m.group();
    }
}
