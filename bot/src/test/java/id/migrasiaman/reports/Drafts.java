package id.migrasiaman.reports;

import java.util.List;

/** Report drafts for tests. */
public final class Drafts {

    private Drafts() {}

    /** A complete draft: every field set, contact included, nothing urgent. */
    public static ReportDraft full(String sourceKey) {
        return ReportDraft.builder(sourceKey, "telegram")
                .reporter("pseudo-" + sourceKey, "mkn")
                .what("Om Yanto janji kerja di kebun sawit, bayar 2 juta", "minggu lalu")
                .broker("Om Yanto", List.of("0812-3456-7890"), List.of("fb:yanto.kerja"))
                .place("Amarasi", "Oekabiti", -10.25, 123.87)
                .route(List.of("MY"), List.of("Surabaya", "Nunukan"), "Kupang - Surabaya - Nunukan")
                .victims(2, false)
                .messages(List.of("ada calo di kampung", "dia minta uang"))
                .contact(new ReporterContact("telegram", "123456789"))
                .build();
    }

    /** A minimal draft: a text and nothing that identifies a broker. */
    public static ReportDraft plain(String sourceKey) {
        return ReportDraft.builder(sourceKey, "try")
                .reporter("pseudo-" + sourceKey, "id")
                .what("ada orang rekrut anak muda", null)
                .messages(List.of("ada orang rekrut anak muda"))
                .build();
    }
}
