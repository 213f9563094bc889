package id.migrasiaman.conversation;

import java.util.List;

/**
 * One message the bot sends back. {@code html} uses Telegram's HTML subset (b, i, u, s, a, code,
 * blockquote) with all user text escaped by {@link Html#escape}.
 *
 * @param html the message body
 * @param keyboard rows of inline buttons, possibly empty
 * @param requestLocation whether to offer a "share location" button
 */
public record Reply(String html, List<List<Button>> keyboard, boolean requestLocation) {

    public Reply {
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }

    /** A reply with text only. */
    public static Reply text(String html) {
        return new Reply(html, List.of(), false);
    }

    /** A reply with inline buttons. */
    public static Reply withButtons(String html, List<List<Button>> keyboard) {
        return new Reply(html, keyboard, false);
    }

    /** An inline button: a label and the data that comes back when it is pressed. */
    public record Button(String label, String data) {}
}
