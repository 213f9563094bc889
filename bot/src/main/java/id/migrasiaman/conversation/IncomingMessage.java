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
 */
public record IncomingMessage(
        String conversationId,
        String userPseudonym,
        Content content,
        String languageHint,
        Instant receivedAt) {

    public IncomingMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(content, "content");
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
    }

    /** A text message, parsing a leading slash command. */
    public static IncomingMessage ofText(String conversationId, String userPseudonym, String text) {
        return new IncomingMessage(
                conversationId, userPseudonym, TextParser.parse(text), null, Instant.now());
    }
}
