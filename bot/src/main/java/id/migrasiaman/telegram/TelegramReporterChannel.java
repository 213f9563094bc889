package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.ReporterChannel;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Delivers staff messages to reporters who consented, on Telegram. */
@Component
@Conditional(TelegramEnabled.class)
class TelegramReporterChannel implements ReporterChannel {

    private final ReplySender sender;

    TelegramReporterChannel(ReplySender sender) {
        this.sender = sender;
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
}
