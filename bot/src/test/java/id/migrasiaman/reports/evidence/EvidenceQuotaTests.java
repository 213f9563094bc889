package id.migrasiaman.reports.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.reports.MongoTestSupport;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The flood from the penetration test: many large files into one report, or from one person. */
class EvidenceQuotaTests extends MongoTestSupport {

    private static final long MB = 1024 * 1024;

    private EvidenceQuota quota;

    @BeforeEach
    void quota() {
        quota = new EvidenceQuota(database(), clock, EvidenceQuotaSettings.defaults());
    }

    @Test
    void fiveNineteenMegabyteFilesIntoOneReportStopAtOneHundredMegabytes() {
        int stored = 0;
        for (int i = 0; i < 10; i++) {
            if (quota.allows("p-atk", "LPR-AAAA-AAAA", EvidenceQuota.Usage.NONE, 19 * MB)) {
                quota.record("p-atk", "LPR-AAAA-AAAA", 19 * MB);
                stored++;
            }
        }

        assertThat(stored).isEqualTo(5);
        assertThat(quota.allows("p-atk", "LPR-BBBB-BBBB", EvidenceQuota.Usage.NONE, 19 * MB))
                .as("another report of the same person still has room")
                .isTrue();
    }

    @Test
    void aReportHoldsAtMostTwentyFilesAndADraftCountsItsOwn() {
        for (int i = 0; i < 20; i++) {
            assertThat(quota.allows("p-" + i, "LPR-CCCC-CCCC", EvidenceQuota.Usage.NONE, 1000))
                    .isTrue();
            quota.record("p-" + i, "LPR-CCCC-CCCC", 1000);
        }

        assertThat(quota.allows("p-new", "LPR-CCCC-CCCC", EvidenceQuota.Usage.NONE, 1000))
                .isFalse();
        assertThat(quota.allows("p-new", null, new EvidenceQuota.Usage(20, 20_000), 1000))
                .isFalse();
        assertThat(quota.allows("p-new", null, new EvidenceQuota.Usage(19, 20_000), 1000)).isTrue();
    }

    @Test
    void onePersonStoresAtMostFiftyFilesADayAcrossReportsAndMoreTheNextDay() {
        for (int i = 0; i < 50; i++) {
            assertThat(quota.allows("p-many", "LPR-" + i, EvidenceQuota.Usage.NONE, 10)).isTrue();
            quota.record("p-many", "LPR-" + i, 10);
        }
        assertThat(quota.allows("p-many", "LPR-NEW", EvidenceQuota.Usage.NONE, 10)).isFalse();
        assertThat(quota.allows("p-other", "LPR-NEW", EvidenceQuota.Usage.NONE, 10)).isTrue();

        clock.advance(Duration.ofDays(1));

        assertThat(quota.allows("p-many", "LPR-NEW", EvidenceQuota.Usage.NONE, 10)).isTrue();
        assertThat(quota.forgetOldDays(Duration.ofHours(36))).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(quota.forgetOldDays(Duration.ofHours(36))).isEqualTo(1);
    }

    @Test
    void twoHundredMegabytesADayPerPerson() {
        for (int i = 0; i < 10; i++) {
            quota.record("p-big", "LPR-D" + i, 19 * MB);
        }
        quota.record("p-big", "LPR-E", 10 * MB);

        assertThat(quota.allows("p-big", "LPR-F", EvidenceQuota.Usage.NONE, 1)).isFalse();
    }
}
