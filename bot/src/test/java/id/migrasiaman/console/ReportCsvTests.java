package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.Status;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export never hands a spreadsheet a formula, whatever a forged button stored. */
class ReportCsvTests {

    @Test
    void cellsAFormulaCouldStartWithAreWrittenAsText() throws Exception {
        StringWriter out = new StringWriter();

        ReportCsv.write(
                List.of(report("=cmd|' /C calc'!A0", List.of("+MY"), List.of("@SUM(1+1)"))), out);

        CSVRecord row =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(out.toString()))
                        .getRecords()
                        .get(0);
        assertThat(row.get("kecamatan")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get("destinations")).isEqualTo("'+MY");
        assertThat(row.get("transits")).isEqualTo("'@SUM(1+1)");
        assertThat(row.get("code")).isEqualTo("LPR-7K3Q-M2XA");
    }

    @Test
    void everyDangerousFirstCharacterIsNeutralisedAndOrdinaryValuesAreKept() {
        for (String value : List.of("=1", "+1", "-1", "@A1", "\t=1", "\r=1", "\n=1")) {
            assertThat(ReportCsv.cell(value)).as(value).isEqualTo("'" + value);
        }
        assertThat(ReportCsv.cell("Kupang Tengah")).isEqualTo("Kupang Tengah");
        assertThat(ReportCsv.cell("MY SG")).isEqualTo("MY SG");
        assertThat(ReportCsv.cell("")).isEmpty();
        assertThat(ReportCsv.cell(null)).isNull();
    }

    private static Report report(String kecamatan, List<String> to, List<String> via) {
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        return new Report(
                "LPR-7K3Q-M2XA",
                Status.NEW,
                Priority.NORMAL,
                false,
                "id",
                "telegram",
                "pseudo",
                new Report.Facts(
                        "apa", null, List.of(), List.of(), kecamatan, null, null, null, null, to,
                        via, null, 2, false),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                at,
                at,
                false,
                false);
    }
}
