package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.system.ChatReachability;
import id.migrasiaman.telegram.outbound.Outbound;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Telegram's answer to "can we write to this person?": no once the chat blocked the bot (a 403, or
 * {@code my_chat_member} "kicked"/"left", both kept in {@code telegram_chats}) until they write
 * again. Messages sent here are of kind {@code reminder}: dropped, never held, if the chat refuses.
 */
@Component
@Conditional(TelegramEnabled.class)
class TelegramChatReachability implements ChatReachability {

    static final String KIND = "reminder";

    private final ReplySender sender;
    private final Outbound outbound;

    TelegramChatReachability(ReplySender sender, Outbound outbound) {
        this.sender = sender;
        this.outbound = outbound;
    }

    @Override
    public boolean handles(String address) {
        return TelegramAddress.chatId(address).isPresent();
    }

    @Override
    public boolean reachable(String address) {
        OptionalLong chatId = TelegramAddress.chatId(address);
        return chatId.isPresent() && !outbound.blocked(sender.laneOf(chatId.getAsLong()));
    }

    @Override
    public Delivery sendIfReachable(String address, String key, Reply message) {
        OptionalLong chatId = TelegramAddress.chatId(address);
        if (chatId.isEmpty()) {
            return Delivery.UNSUPPORTED;
        }
        if (!reachable(address)) {
            return Delivery.BLOCKED;
        }
        sender.deliver(chatId.getAsLong(), KIND + ":" + key, KIND, null, List.of(message));
        return Delivery.QUEUED;
    }
}
