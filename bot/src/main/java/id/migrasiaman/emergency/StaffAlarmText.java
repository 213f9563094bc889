package id.migrasiaman.emergency;

import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the staff chat reads about a report: enough to triage from a phone (priority, country,
 * kecamatan, a child involved, withdrawn), never the reporter's words, names or numbers.
 */
public final class StaffAlarmText {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private StaffAlarmText() {}

    /** The alarm for a new report. */
    public static String of(Report report) {
        List<String> facts = new ArrayList<>();
        report.facts().destinations().stream()
                .findFirst()
                .ifPresent(c -> facts.add(new Locale("", c).getDisplayCountry(INDONESIAN)));
        if (report.facts().kecamatan() != null) {
            facts.add("Kec. " + report.facts().kecamatan());
        }
        if (Boolean.TRUE.equals(report.facts().minors())) {
            facts.add("⚠️ anak di bawah umur");
        }
        if (report.withdrawn()) {
            facts.add("ditarik pelapor (bukan darurat)");
        }
        if (!"telegram".equals(report.channel())) {
            facts.add("uji coba lewat " + report.channel());
        }
        String details = facts.isEmpty() ? "" : "\n" + String.join(" · ", facts);
        if (report.priority() == Priority.URGENT) {
            return "🚨 <b>DARURAT / URGENT</b> <b>"
                    + report.code()
                    + "</b>"
                    + details
                    + "\nTangani segera di konsol.";
        }
        return "📥 Laporan baru <b>"
                + report.code()
                + "</b> (prioritas "
                + report.priority()
                + ")"
                + details;
    }

    /** The note when the reporter withdraws an urgent report. */
    public static String withdrawn(String code) {
        return "↩️ <b>"
                + code
                + "</b>: pelapor menandai laporan darurat ini <b>bukan darurat / salah pencet</b>."
                + " Laporan tetap ada di konsol.";
    }
}
