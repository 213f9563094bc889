package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterContact;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Creates the URGENT report of an emergency and adds follow-up messages and locations to it. The
 * reply address is stored only when the person agrees (see {@link EmergencyContactButton}).
 */
@Component
class UrgentReports {

    private final ReportQueue queue;
    private final TextAnalyser analyser;

    UrgentReports(ReportQueue queue, TextAnalyser analyser) {
        this.queue = queue;
        this.analyser = analyser;
    }

    /** Opens an URGENT report from {@code text}; returns its reference code. */
    String open(Turn turn, String text) {
        Analysis analysis = analyser.analyse(text);
        String address = turn.message().replyAddress();
        String sourceKey = turn.message().idempotencyKey("emergency");
        ReportDraft draft =
                new ReportDraft(
                        sourceKey,
                        turn.message().userPseudonym(),
                        turn.language(),
                        ReporterContact.channelOf(address),
                        true,
                        text,
                        null,
                        analysis.entities().phones(),
                        null,
                        analysis.entities().kecamatan().stream().findFirst().orElse(null),
                        null,
                        null,
                        null,
                        null,
                        analysis.entities().destinations(),
                        analysis.entities().transits(),
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(text),
                        null);
        return queue.submit(draft).code();
    }

    /** Adds a follow-up message or location to the urgent report {@code code}. */
    void add(Turn turn, String code, Content content) {
        String text;
        if (content instanceof Content.Location l) {
            text = "📍 " + l.latitude() + "," + l.longitude();
        } else if (content instanceof Content.Text t) {
            text = t.text();
        } else if (content instanceof Content.Media m) {
            text = m.caption() == null ? "[" + m.kind() + "]" : m.caption();
        } else {
            return;
        }
        String key = turn.message().idempotencyKey("emergency-add");
        queue.append(code, turn.message().userPseudonym(), text, List.of(), key);
    }
}
