package id.migrasiaman.conversation;

import java.util.List;

/** What a test reads from the bot's replies: their texts and their buttons' data. */
public final class ReplyTexts {

    private ReplyTexts() {}

    /** Every reply's HTML, one after the other. */
    public static String text(List<Reply> replies) {
        StringBuilder all = new StringBuilder();
        replies.forEach(r -> all.append(r.html()).append('\n'));
        return all.toString();
    }

    /** The data of every button under the replies, in order. */
    public static List<String> buttons(List<Reply> replies) {
        return replies.stream()
                .flatMap(r -> r.keyboard().stream())
                .flatMap(List::stream)
                .map(Reply.Button::data)
                .toList();
    }
}
