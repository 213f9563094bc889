package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Creates the URGENT report of an emergency and adds follow-up messages and locations to it.
 * Another alarm from the same reporter within an hour joins the report already open, so staff get
 * one alarm per emergency. The reply address is stored only when the person agrees (see {@link
 * EmergencyContactButton}).
 */
@Component
class UrgentReports {

    private final ReportQueue queue;
    private final TextAnalyser analyser;

    UrgentReports(ReportQueue queue, TextAnalyser analyser) {
        this.queue = queue;
        this.analyser = analyser;
    }

    /** The urgent report's code, and whether the text joined one opened earlier. */
    record Opened(String code, boolean joined) {}

    /**
     * Opens an URGENT report from {@code text}, or adds it to the reporter's urgent report of the
     * last hour. {@code minor} marks that a child is involved; {@code country} where the person
     * probably is (may be null).
     */
    Opened open(Turn turn, String text, boolean minor, String country) {
        Optional<String> recent = recent(turn);
        String elsewhere = recent.filter(code -> otherPlace(code, country)).orElse(null);
        if (recent.isPresent() && elsewhere == null) {
            append(turn, recent.get(), text, "emergency-join");
            return new Opened(recent.get(), true);
        }
        Opened opened = submit(turn, text, minor, country);
        if (elsewhere != null) {
            // Staff see both cases and that they are two: one reporter, two places.
            append(turn, opened.code(), "[" + OTHER_CASE + elsewhere + "]", "emergency-other");
            append(turn, elsewhere, "[" + OTHER_CASE + opened.code() + "]", "emergency-other");
        }
        return opened;
    }

    /** The note on each of two urgent cases of one reporter, before the other's code. */
    static final String OTHER_CASE = "Kasus darurat lain dari pelapor yang sama, di tempat lain: ";

    /**
     * Whether an alarm in {@code country} is another case than urgent report {@code code}: both
     * places are known and differ (trial 18, D32: the writer locked in a house in Oesao, then her
     * sister beaten in Tawau, was one report, which staff could close as "she got out").
     */
    private boolean otherPlace(String code, String country) {
        if (country == null || AtSea.is(country)) {
            return false;
        }
        String first = firstText(code);
        String before = first.isBlank() ? null : Countries.named(analyser.analyse(first));
        return before != null && !AtSea.is(before) && !before.equals(country);
    }

    private Opened submit(Turn turn, String text, boolean minor, String country) {
        Analysis analysis = analyser.analyse(text);
        List<String> destinations = new ArrayList<>(analysis.entities().destinations());
        if (country != null
                && !"ID".equals(country)
                && !AtSea.is(country)
                && !destinations.contains(country)) {
            destinations.add(country);
        }
        ReportDraft draft =
                new ReportDraft(
                        turn.message().idempotencyKey("emergency"),
                        turn.message().userPseudonym(),
                        turn.language(),
                        ReporterContact.channelOf(turn.message().replyAddress()),
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
                        destinations,
                        analysis.entities().transits(),
                        null,
                        null,
                        minor ? Boolean.TRUE : null,
                        List.of(),
                        List.of(text),
                        null);
        return new Opened(queue.submit(draft).code(), false);
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
        append(turn, code, text, "emergency-add");
    }

    /** The first text of urgent report {@code code}: what raised the alarm; empty if unknown. */
    String firstText(String code) {
        return queue.find(code)
                .flatMap(r -> r.messages().stream().findFirst())
                .map(id.migrasiaman.reports.Report.Message::text)
                .orElse("");
    }

    /** Adds {@code text} (e.g. a question the person chose to add) to report {@code code}. */
    void addText(Turn turn, String code, String text) {
        append(turn, code, text, "emergency-add");
    }

    private void append(Turn turn, String code, String text, String purpose) {
        queue.append(
                code,
                turn.message().userPseudonym(),
                text,
                List.of(),
                turn.message().idempotencyKey(purpose));
    }

    private Optional<String> recent(Turn turn) {
        return queue.urgentToJoin(turn.message().userPseudonym());
    }
}
