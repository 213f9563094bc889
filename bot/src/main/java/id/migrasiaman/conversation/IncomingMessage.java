package id.migrasiaman.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One message from any channel. {@code conversationId} and {@code userPseudonym} are already
 * pseudonymous (HMAC of the channel's ids): the core never sees a raw Telegram id.
 *
 * @param conversationId stable key of the chat
 * @param userPseudonym stable key of the sender
 * @param content what the message carries
 * @param languageHint the client's language code, may be null
 * @param receivedAt when it arrived
 * @param replyAddress the channel's opaque address to reach this chat later (e.g. {@code tg:123}):
 *     never logged, and stored only when a reporter consents to be contacted; may be null
 * @param sourceKey the channel's idempotency key of this message (e.g. {@code tg:<update_id>}), may
 *     be null
 * @param edited whether this is a new version of a message the user sent before (its text only)
 * @param inReplyTo the text of the bot's own message this one answers (a channel's "reply"), or
 *     null; never logged
 */
public record IncomingMessage(
        String conversationId,
        String userPseudonym,
        Content content,
        String languageHint,
        Instant receivedAt,
        String replyAddress,
        String sourceKey,
        boolean edited,
        String inReplyTo) {

    public IncomingMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(content, "content");
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
    }

    /** A new (not edited) message that answers nothing in particular. */
    public IncomingMessage(
            String conversationId,
            String userPseudonym,
            Content content,
            String languageHint,
            Instant receivedAt,
            String replyAddress,
            String sourceKey) {
        this(
                conversationId,
                userPseudonym,
                content,
                languageHint,
                receivedAt,
                replyAddress,
                sourceKey,
                false,
                null);
    }

    /** A text message without channel details, parsing a leading slash command. */
    public static IncomingMessage ofText(String conversationId, String userPseudonym, String text) {
        return new IncomingMessage(
                conversationId,
                userPseudonym,
                TextParser.parse(text),
                null,
                Instant.now(),
                null,
                null);
    }

    /** This message marked as an edit or not, answering the bot's message {@code botText}. */
    public IncomingMessage withContext(boolean isEdit, String botText) {
        return new IncomingMessage(
                conversationId,
                userPseudonym,
                content,
                languageHint,
                receivedAt,
                replyAddress,
                sourceKey,
                isEdit,
                botText);
    }

    /**
     * A key that is the same each time this message is delivered again: {@code purpose:} plus the
     * channel's source key, or (channels without one) the conversation and the time received.
     */
    public String idempotencyKey(String purpose) {
        return purpose
                + ":"
                + (sourceKey != null
                        ? sourceKey
                        : conversationId + ":" + receivedAt.toEpochMilli());
    }

    @Override
    public String toString() {
        // Never print the reply address or the text.
        return "IncomingMessage[" + content.getClass().getSimpleName() + "]";
    }
}
