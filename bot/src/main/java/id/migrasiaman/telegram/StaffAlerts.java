package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.ReportSubmitted;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the staff alert chat ({@code TELEGRAM_STAFF_CHAT_ID}) about every new report, URGENT ones
 * first in the text. The alert goes through the durable outbound queue (retried until Telegram
 * takes it, once per report). Only the code and priority are sent: details stay in the console.
 */
@Component
@Conditional(TelegramEnabled.class)
class StaffAlerts {

    private static final Logger log = LoggerFactory.getLogger(StaffAlerts.class);

    private final ReplySender sender;
    private final TelegramSettings settings;

    StaffAlerts(ReplySender sender, TelegramSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @EventListener
    public void on(ReportSubmitted event) {
        if (settings.staffChatId() == null || settings.staffChatId().isBlank()) {
            log.info("Report {} stored; no TELEGRAM_STAFF_CHAT_ID set for alerts", event.code());
            return;
        }
        String text =
                event.urgent()
                        ? "🚨 <b>DARURAT / URGENT</b>\nLaporan baru <b>"
                                + event.code()
                                + "</b> perlu ditangani segera."
                        : "📥 Laporan baru <b>"
                                + event.code()
                                + "</b> (prioritas "
                                + event.priority()
                                + ").";
        sender.deliver(
                Long.parseLong(settings.staffChatId()),
                "alert:" + event.code(),
                "alert",
                event.code(),
                List.of(Reply.text(text)));
    }
}
