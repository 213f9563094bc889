package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.ReporterChannel;
import id.migrasiaman.system.ChatReachability;
import id.migrasiaman.telegram.outbound.Outbound;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Writing first to a person on Telegram, outside their turn: staff messages to reporters who
 * consented, and reminders. A chat that blocked the bot (a 403, or {@code my_chat_member}
 * "kicked"/"left", both kept in {@code telegram_chats}) is unreachable until the person writes
 * again; reminders (kind {@code reminder}) are then dropped, never held.
 */
@Component
@Conditional(TelegramEnabled.class)
class TelegramReporterChannel implements ReporterChannel, ChatReachability {

    private final ReplySender sender;
    private final Outbound outbound;

    TelegramReporterChannel(ReplySender sender, Outbound outbound) {
        this.sender = sender;
        this.outbound = outbound;
    }

    @Override
    public boolean handles(String address) {
        return TelegramAddress.chatId(address).isPresent();
    }

    @Override
    public boolean send(String address, String html) {
        return send(address, Reply.text(html));
    }

    @Override
    public boolean send(String address, Reply message) {
        OptionalLong chatId = TelegramAddress.chatId(address);
        if (chatId.isEmpty()) {
            return false;
        }
        return sender.deliver(
                chatId.getAsLong(), "staff:" + UUID.randomUUID(), "staff", null, List.of(message));
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
        sender.deliver(
                chatId.getAsLong(),
                Outbound.REMINDER + ":" + key,
                Outbound.REMINDER,
                null,
                List.of(message));
        return Delivery.QUEUED;
    }
}
