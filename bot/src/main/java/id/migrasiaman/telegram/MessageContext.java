package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Content;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What a message says beyond its own content: the new text of an edited message, and the bot's own
 * message it replies to.
 */
final class MessageContext {

    private MessageContext() {}

    /**
     * The new text of an edited message (or its new caption) as plain text, never as a command:
     * editing a message must not run a command again. Empty for anything else (e.g. a live location
     * moving on).
     */
    static Optional<Content> editedContent(Message edited) {
        String text = edited.getText() != null ? edited.getText() : edited.getCaption();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Content.Text(text.strip()));
    }

    /**
     * The text of the bot's own message that {@code message} replies to, or null: a reply to a
     * staff message carries the report it answers.
     */
    static String botTextRepliedTo(Message message) {
        Message original = message.getReplyToMessage();
        if (original == null
                || original.getFrom() == null
                || !Boolean.TRUE.equals(original.getFrom().getIsBot())) {
            return null;
        }
        return original.getText() != null ? original.getText() : original.getCaption();
    }
}
