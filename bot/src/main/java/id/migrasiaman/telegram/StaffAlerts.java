package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.emergency.StaffAlarmText;
import id.migrasiaman.emergency.UrgentWithdrawn;
import id.migrasiaman.local.LocalSettings;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReportSubmitted;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Tells the staff alert chat ({@code TELEGRAM_STAFF_CHAT_ID}) about every new report within
 * seconds, with a short privacy-safe summary ({@link StaffAlarmText}), and about an urgent report
 * its reporter withdrew. Reports made through the local channels ({@code /try}, the chat CLI) go
 * only to {@code MIGRASI_LOCAL_STAFF_CHAT_ID}, or nowhere.
 */
@Component
@Conditional(TelegramEnabled.class)
class StaffAlerts {

    private static final Logger log = LoggerFactory.getLogger(StaffAlerts.class);

    private final ReplySender sender;
    private final TelegramSettings settings;
    private final LocalSettings local;
    private final ReportQueue queue;

    StaffAlerts(
            ReplySender sender, TelegramSettings settings, LocalSettings local, ReportQueue queue) {
        this.sender = sender;
        this.settings = settings;
        this.local = local;
        this.queue = queue;
    }

    @Async
    @EventListener
    public void on(ReportSubmitted event) {
        Optional<Report> report = find(event.code());
        String channel = report.map(Report::channel).orElse("telegram");
        String text =
                report.map(StaffAlarmText::of)
                        .orElse(
                                (event.urgent()
                                                ? "🚨 <b>DARURAT / URGENT</b> "
                                                : "📥 Laporan baru ")
                                        + "<b>"
                                        + event.code()
                                        + "</b>");
        send(event.code(), channel, text);
    }

    @Async
    @EventListener
    public void on(UrgentWithdrawn event) {
        String channel = find(event.code()).map(Report::channel).orElse("telegram");
        send(event.code(), channel, StaffAlarmText.withdrawn(event.code()));
    }

    private void send(String code, String channel, String text) {
        boolean localChannel = "try".equals(channel) || "cli".equals(channel);
        String chat = localChannel ? local.staffChatId() : settings.staffChatId();
        if (chat == null || chat.isBlank()) {
            log.info(
                    "Report {} ({}): no staff chat set for it, no alert sent",
                    code,
                    localChannel ? "local channel" : "telegram");
            return;
        }
        sender.send(Long.parseLong(chat), List.of(Reply.text(text)));
    }

    private Optional<Report> find(String code) {
        try {
            return queue.find(code);
        } catch (RuntimeException e) {
            // MongoDB away right after the report: alert with the code alone.
            return Optional.empty();
        }
    }
}
