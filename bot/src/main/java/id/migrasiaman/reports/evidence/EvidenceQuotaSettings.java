package id.migrasiaman.reports.evidence;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much evidence one report and one person may store, so that nobody can fill the disk with
 * uploads (a report with its follow-ups; a person across all reports in one UTC day).
 *
 * @param filesPerReport files one report (its draft, or its follow-ups) may hold
 * @param bytesPerReport bytes one report may hold
 * @param filesPerPersonDay files one person may store per day
 * @param bytesPerPersonDay bytes one person may store per day
 */
@Validated
@ConfigurationProperties("migrasi.reports.evidence-quota")
public record EvidenceQuotaSettings(
        @DefaultValue("20") @Min(1) int filesPerReport,
        @DefaultValue("100MB") @NotNull DataSize bytesPerReport,
        @DefaultValue("50") @Min(1) int filesPerPersonDay,
        @DefaultValue("200MB") @NotNull DataSize bytesPerPersonDay) {

    /** The defaults, for code that runs without Spring (tests). */
    public static EvidenceQuotaSettings defaults() {
        return new EvidenceQuotaSettings(
                20, DataSize.ofMegabytes(100), 50, DataSize.ofMegabytes(200));
    }
}
