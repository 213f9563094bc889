package id.migrasiaman.reports;

import id.migrasiaman.conversation.Reply;

/** Delivers a message to a reporter's chat on the channel they reported through. */
public interface ReporterChannel {

    /** Whether this channel delivers to addresses like {@code address}. */
    boolean handles(String address);

    /** Sends {@code html} to {@code address}; returns whether it was accepted. */
    boolean send(String address, String html);

    /** Sends {@code message} with its buttons; a channel without buttons sends the text only. */
    default boolean send(String address, Reply message) {
        return send(address, message.html());
    }
}
