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

    /**
     * An inline button: a label and the data that comes back when it is pressed. Telegram refuses
     * callback data over 64 bytes, so a longer value fails here, where the button is built.
     */
    public record Button(String label, String data) {

        /** Telegram's limit on callback data, in UTF-8 bytes. */
        public static final int MAX_DATA_BYTES = 64;

        public Button {
            if (data == null
                    || data.isEmpty()
                    || data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                            > MAX_DATA_BYTES) {
                throw new IllegalArgumentException(
                        "callback data must be 1-" + MAX_DATA_BYTES + " bytes: " + data);
            }
        }
    }
}
