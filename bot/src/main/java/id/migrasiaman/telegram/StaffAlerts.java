package id.migrasiaman.telegram;

import id.migrasiaman.conversation.Reply;
import id.migrasiaman.emergency.StaffAlarmText;
import id.migrasiaman.emergency.UrgentWithdrawn;
import id.migrasiaman.local.LocalSettings;
import id.migrasiaman.reports.AlertRecords;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
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
 * Tells the staff alert chat ({@code TELEGRAM_STAFF_CHAT_ID}) about every new report, with a short
 * privacy-safe summary ({@link StaffAlarmText}), and about an urgent report its reporter withdrew.
 * Reports made through the local channels ({@code /try}, the chat CLI) go only to {@code
 * MIGRASI_LOCAL_STAFF_CHAT_ID}, or nowhere. An alert goes through the durable outbound queue,
 * retried until Telegram takes it; the report records when it was queued and when it went out. A
 * sweep sends again the alert of any URGENT report that has none.
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
    private final LocalSettings local;
    private final ReportQueue queue;
    private final Clock clock;

    StaffAlerts(
            ReplySender sender,
            Outbound outbound,
            AlertRecords records,
            TelegramSettings settings,
            LocalSettings local,
            ReportQueue queue,
            Clock clock) {
        this.sender = sender;
        this.outbound = outbound;
        this.records = records;
        this.settings = settings;
        this.local = local;
        this.queue = queue;
        this.clock = clock;
    }

    @EventListener
    public void on(ReportSubmitted event) {
        send(event, alertKey(event));
    }

    @EventListener
    public void on(UrgentWithdrawn event) {
        Optional<Report> report = find(event.code());
        Optional<String> chat = chatFor(event.code(), report);
        if (chat.isEmpty()) {
            return;
        }
        sender.deliver(
                Long.parseLong(chat.get()),
                Outbound.WITHDRAWN_PREFIX + event.code(),
                "withdrawn",
                event.code(),
                List.of(Reply.text(StaffAlarmText.withdrawn(event.code()))));
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
        for (ReportSubmitted report : records.urgentWithoutAlert(SWEEP_AFTER)) {
            String key = alertKey(report);
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
        Optional<Report> report = find(event.code());
        Optional<String> chat = chatFor(event.code(), report);
        if (chat.isEmpty()) {
            return;
        }
        String text = report.map(StaffAlarmText::of).orElseGet(() -> shortText(event));
        sender.deliver(
                Long.parseLong(chat.get()), key, "alert", event.code(), List.of(Reply.text(text)));
        records.queued(event.code());
    }

    /** An URGENT report's alert goes ahead of ordinary messages in the staff chat. */
    private static String alertKey(ReportSubmitted event) {
        boolean urgent = event.urgent() || event.priority() == Priority.URGENT;
        return (urgent ? Outbound.URGENT_ALERT_PREFIX : "alert:") + event.code();
    }

    /** The alert with the code alone, when the report cannot be read (MongoDB away). */
    private static String shortText(ReportSubmitted event) {
        return event.urgent() || event.priority() == Priority.URGENT
                ? "🚨 <b>DARURAT / URGENT</b>\nLaporan baru <b>"
                        + event.code()
                        + "</b> perlu ditangani segera."
                : "📥 Laporan baru <b>"
                        + event.code()
                        + "</b> (prioritas "
                        + event.priority()
                        + ").";
    }

    /** The staff chat for the report's channel, or empty (logged) when none is set. */
    private Optional<String> chatFor(String code, Optional<Report> report) {
        String channel = report.map(Report::channel).orElse("telegram");
        boolean localChannel = "try".equals(channel) || "cli".equals(channel);
        String chat = localChannel ? local.staffChatId() : settings.staffChatId();
        if (chat == null || chat.isBlank()) {
            log.info(
                    "Report {} ({}): no staff chat set for it, no alert sent",
                    code,
                    localChannel ? "local channel" : "telegram");
            return Optional.empty();
        }
        return Optional.of(chat);
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
