package id.migrasiaman.system;

import id.migrasiaman.conversation.Reply;

/**
 * What a channel knows about reaching one person outside a conversation (a reminder): Telegram
 * records a chat that blocked the bot (403, or {@code my_chat_member} "kicked") until the person
 * writes again. Features that write first ask here, so they never reach into a channel's internals.
 */
public interface ChatReachability {

    /** What became of a message sent outside a conversation. */
    enum Delivery {
        /** Queued for delivery; it goes out at the channel's pace. */
        QUEUED,
        /** The person blocked the bot or removed it: nothing was queued. */
        BLOCKED,
        /** This channel does not know the address. */
        UNSUPPORTED
    }

    /** Whether this channel delivers to addresses like {@code address}. */
    boolean handles(String address);

    /** Whether the person behind {@code address} can be written to now. */
    boolean reachable(String address);

    /**
     * Sends {@code message} only if the chat is reachable, once per {@code key}; a message that is
     * only worth sending now: if the chat turns out to have blocked the bot, it is dropped, never
     * held until the person writes again.
     */
    Delivery sendIfReachable(String address, String key, Reply message);
}
