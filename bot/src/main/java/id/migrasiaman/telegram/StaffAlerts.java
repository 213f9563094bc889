package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.AlertRecords;
import id.migrasiaman.reports.ReportSubmitted;
import id.migrasiaman.telegram.outbound.MessageDelivered;
import id.migrasiaman.telegram.outbound.Outbound;
import id.migrasiaman.telegram.outbound.OutboundStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the staff alert chat ({@code TELEGRAM_STAFF_CHAT_ID}) about every new report, URGENT ones
 * first in the text. The alert goes through the durable outbound queue, retried until Telegram
 * takes it; the report records when it was queued and when it went out. A sweep sends again the
 * alert of any URGENT report that has none. Only the code and priority are sent: details stay in
 * the console.
 */
@Component
@Conditional(TelegramEnabled.class)
class StaffAlerts {

    private static final Logger log = LoggerFactory.getLogger(StaffAlerts.class);
    private static final Duration SWEEP_AFTER = Duration.ofMinutes(1);

    private final ReplySender sender;
    private final Outbound outbound;
    private final AlertRecords records;
    private final TelegramSettings settings;
    private final Clock clock;

    StaffAlerts(
            ReplySender sender,
            Outbound outbound,
            AlertRecords records,
            TelegramSettings settings,
            Clock clock) {
        this.sender = sender;
        this.outbound = outbound;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    public void on(ReportSubmitted event) {
        if (!configured()) {
            log.info("Report {} stored; no TELEGRAM_STAFF_CHAT_ID set for alerts", event.code());
            return;
        }
        send(event, "alert:" + event.code());
    }

    /** Telegram took a queued message: if it was an alert, the report records it. */
    @EventListener
    public void on(MessageDelivered delivered) {
        if ("alert".equals(delivered.kind()) && delivered.ref() != null) {
            records.sent(delivered.ref());
        }
    }

    /** URGENT reports whose alert has not gone out: queued again unless still being tried. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    public void sweep() {
        if (!configured()) {
            return;
        }
        for (ReportSubmitted report : records.urgentWithoutAlert(SWEEP_AFTER)) {
            String key = "alert:" + report.code();
            Optional<OutboundStore.Status> status = outbound.status(key + ":0");
            if (status.isEmpty()) {
                log.warn(
                        "Report {}: its staff alert was never queued; queuing it now",
                        report.code());
                send(report, key);
            } else if (status.get() == OutboundStore.Status.SENT) {
                records.sent(report.code());
            } else if (status.get() == OutboundStore.Status.FAILED) {
                // Refused (e.g. the bot left the staff group): try again every ten minutes.
                send(report, key + ":r" + clock.instant().getEpochSecond() / 600);
            }
        }
    }

    private void send(ReportSubmitted event, String key) {
        String text =
                event.urgent() || event.priority() == id.migrasiaman.reports.Priority.URGENT
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
                key,
                "alert",
                event.code(),
                List.of(Reply.text(text)));
        records.queued(event.code());
    }

    private boolean configured() {
        return settings.staffChatId() != null && !settings.staffChatId().isBlank();
    }
}
