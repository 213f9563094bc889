package id.migrasiaman.reports;

import id.migrasiaman.reports.chat.SatgasMessage;
import id.migrasiaman.reports.queue.ReferenceCodes;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Staff write to a reporter through the bot, only when the reporter agreed to be contacted; staff
 * never see the reporter's chat id. Each message is recorded in the report's messages.
 */
@Service
public class ReporterMessages {

    private final ReportQueue queue;
    private final List<ReporterChannel> channels;
    private final SatgasMessage format;

    ReporterMessages(ReportQueue queue, List<ReporterChannel> channels, SatgasMessage format) {
        this.queue = queue;
        this.channels = channels;
        this.format = format;
    }

    /** The outcome of {@link #send}. */
    public enum Outcome {
        SENT,
        NO_CONSENT,
        CHANNEL_UNAVAILABLE,
        FAILED
    }

    /**
     * Sends {@code text} (plain text, escaped here) from {@code staff} to the reporter of {@code
     * code}.
     */
    public Outcome send(String code, String staff, String text) {
        var contact = queue.contactFor(code);
        if (contact.isEmpty()) {
            return Outcome.NO_CONSENT;
        }
        String address = contact.get().address();
        var channel = channels.stream().filter(c -> c.handles(address)).findFirst();
        if (channel.isEmpty()) {
            return Outcome.CHANNEL_UNAVAILABLE;
        }
        String normalised = ReferenceCodes.normalise(code).orElse(code);
        String language = queue.find(normalised).map(Report::language).orElse("id");
        if (!channel.get().send(address, format.render(normalised, text, language))) {
            return Outcome.FAILED;
        }
        queue.append(
                code,
                "staff:" + staff,
                "[to reporter] " + text,
                List.of(),
                "staff-msg:" + code + ":" + System.nanoTime());
        return Outcome.SENT;
    }
}
