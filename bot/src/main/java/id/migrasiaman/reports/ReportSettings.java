package id.migrasiaman.reports;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the report queue.
 *
 * @param retentionDays how long personal data of a closed or dismissed report is kept
 * @param evidenceMaxBytes the largest evidence file accepted (Telegram bots download up to 20 MB)
 * @param leaseDuration how long a staff member holds a claimed report before others may take it
 * @param outboxRelayInterval how often the local outbox is delivered to MongoDB
 * @param orphanEvidenceAfter how long an evidence file that no report and no unfinished report
 *     refers to is kept (a cancelled or abandoned report's photos) before it is deleted
 */
@Validated
@ConfigurationProperties("migrasi.reports")
public record ReportSettings(
        @DefaultValue("365") @Min(1) int retentionDays,
        @DefaultValue("20MB") @NotNull DataSize evidenceMaxBytes,
        @DefaultValue("30m") @NotNull Duration leaseDuration,
        @DefaultValue("5s") @NotNull Duration outboxRelayInterval,
        @DefaultValue("14d") @NotNull Duration orphanEvidenceAfter) {

    public ReportSettings {
        requirePositive(
                evidenceMaxBytes == null ? 1 : evidenceMaxBytes.toBytes(), "evidence-max-bytes");
        requirePositive(leaseDuration == null ? 1 : leaseDuration.toMillis(), "lease-duration");
        requirePositive(
                outboxRelayInterval == null ? 1 : outboxRelayInterval.toMillis(),
                "outbox-relay-interval");
        requirePositive(
                orphanEvidenceAfter == null ? 1 : orphanEvidenceAfter.toMillis(),
                "orphan-evidence-after");
    }

    /** The defaults, for code that runs without Spring (tools, tests). */
    public static ReportSettings defaults() {
        return new ReportSettings(
                365,
                DataSize.ofMegabytes(20),
                Duration.ofMinutes(30),
                Duration.ofSeconds(5),
                Duration.ofDays(14));
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException("migrasi.reports." + name + " must be positive");
        }
    }
}
