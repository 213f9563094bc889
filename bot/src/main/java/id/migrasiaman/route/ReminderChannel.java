package id.migrasiaman.route;

import id.migrasiaman.conversation.Reply;

/** Delivers a reminder to a chat address ({@code tg:...}) and says what happened. */
interface ReminderChannel {

    /** Sends {@code reminder} once per {@code key}, unless the chat blocked the bot. */
    Delivery deliver(String address, String key, Reply reminder);

    /** SENT; BLOCKED when the chat refused it (never send again); FAILED when it may work later. */
    enum Delivery {
        SENT,
        BLOCKED,
        FAILED
    }
}
