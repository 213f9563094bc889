package id.migrasiaman.console;

import id.migrasiaman.reports.Report;
import id.migrasiaman.system.Wita;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The queue as a spreadsheet for the task force's own reporting (e.g. to the Bupati): one row per
 * report with only what identifies no one — code, status, priority, dates, kecamatan, countries,
 * transit points, number of people, minors, and whether the broker was reported before. Names,
 * phone numbers, villages, coordinates, texts and evidence are never exported.
 *
 * <p>Some values come from Telegram buttons, whose data a client can forge; a cell a spreadsheet
 * would read as a formula (starting with {@code = + - @}, a tab or a line break) is therefore
 * written with a leading apostrophe, which spreadsheets show as text.
 */
final class ReportCsv {

    static final List<String> HEADER =
            List.of(
                    "code",
                    "status",
                    "priority",
                    "created_wita",
                    "kecamatan",
                    "destinations",
                    "transits",
                    "people",
                    "minors",
                    "linked_broker");

    private static final DateTimeFormatter WITA = Wita.format("yyyy-MM-dd HH:mm");

    private ReportCsv() {}

    static void write(List<Report> reports, Writer out) {
        try (CSVPrinter csv =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .get()
                        .print(out)) {
            for (Report r : reports) {
                Report.Facts f = r.facts();
                csv.printRecord(
                        cell(r.code()),
                        r.status(),
                        r.priority(),
                        format(r.createdAt()),
                        cell(f.kecamatan()),
                        cell(String.join(" ", f.destinations())),
                        cell(String.join(" ", f.transits())),
                        f.victims(),
                        f.minors(),
                        r.brokerId() != null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text value that no spreadsheet will run as a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String format(Instant at) {
        return at == null ? "" : WITA.format(at);
    }
}
