package id.migrasiaman.reports.queue;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.reports.AppendResult;
import id.migrasiaman.reports.Drafts;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.MongoTestSupport;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportSettings;
import id.migrasiaman.reports.Status;
import id.migrasiaman.reports.evidence.EvidenceCodec;
import id.migrasiaman.reports.evidence.OrphanEvidenceJob;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Personal data of closed reports goes after the retention period; the statistics stay. */
class RetentionTests extends MongoTestSupport {

    @Test
    void purgesPersonalDataOfReportsClosedLongerThanTheRetentionPeriod() {
        EvidenceRef photo =
                reports.evidence.store(
                        "tg-file:P",
                        "photo",
                        "p.jpg",
                        "image/jpeg",
                        new ByteArrayInputStream(new byte[] {1, 2, 3}));
        String old = submitWith(photo, "r:1");
        String recent = reports.queue.submit(Drafts.full("r:2")).code();
        String open = reports.queue.submit(Drafts.full("r:3")).code();
        reports.queue.append(old, "pseudoB", "tambahan", List.of(), "r:1b");
        close(old, Status.DISMISSED);
        clock.advance(Duration.ofDays(200));
        close(recent, Status.CLOSED_ACTION_TAKEN);
        clock.advance(Duration.ofDays(166));

        assertThat(reports.retention.purge()).isEqualTo(1);
        assertThat(reports.retention.purge()).isZero();

        Report purged = reports.queue.find(old).orElseThrow();
        assertThat(purged.purged()).isTrue();
        assertThat(purged.status()).isEqualTo(Status.DISMISSED);
        assertThat(purged.priority()).isEqualTo(Priority.NORMAL);
        assertThat(purged.reporterPseudonym()).isNull();
        assertThat(purged.messages()).isEmpty();
        assertThat(purged.evidence()).isEmpty();
        assertThat(purged.facts().what()).isNull();
        assertThat(purged.facts().who()).isNull();
        assertThat(purged.facts().phones()).isEmpty();
        assertThat(purged.facts().socialMedia()).isEmpty();
        assertThat(purged.facts().village()).isNull();
        assertThat(purged.facts().latitude()).isNull();
        assertThat(purged.facts().longitude()).isNull();
        assertThat(purged.facts().kecamatan()).isEqualTo("Amarasi");
        assertThat(purged.facts().destinations()).containsExactly("MY");
        assertThat(purged.facts().victims()).isEqualTo(2);
        assertThat(purged.createdAt()).isNotNull();
        assertThat(purged.audit()).hasSize(4).allMatch(a -> a.note() == null);
        assertThat(purged.audit())
                .filteredOn(a -> List.of("submit", "append", "consent-given").contains(a.action()))
                .allMatch(a -> a.by() == null);
        Document raw =
                reports.database.getCollection("reports").find(new Document("code", old)).first();
        assertThat(raw.getInteger("messageCount")).isEqualTo(3);
        assertThat(raw.getInteger("evidenceCount")).isEqualTo(1);
        assertThat(raw.toJson()).doesNotContain("pseudo-", "pseudoB", "Yanto", "Oekabiti", "+62");
        assertThat(reports.queue.contactFor(old)).isEmpty();
        assertThat(reports.evidence.open(photo.id())).isEmpty();
        assertThat(reports.database.getCollection("evidence.chunks").countDocuments()).isZero();
        assertThat(reports.queue.append(old, "p", "x", List.of(), "r:1c").outcome())
                .isEqualTo(AppendResult.Outcome.UNKNOWN_CODE);

        assertThat(reports.queue.find(recent).orElseThrow().purged()).isFalse();
        assertThat(reports.queue.contactFor(recent)).isPresent();
        assertThat(reports.queue.find(open).orElseThrow().facts().who()).isEqualTo("Om Yanto");
    }

    @Test
    void deletesEvidenceThatNoReportOrUnfinishedReportRefersTo() {
        EvidenceRef submitted = photo("tg-file:A");
        EvidenceRef inDraft = photo("tg-file:B");
        EvidenceRef appended = photo("tg-file:C");
        EvidenceRef cancelled = photo("tg-file:D");
        String code = submitWith(submitted, "r:o1");
        reports.queue.append(code, "pseudoA", "foto lagi", List.of(appended), "r:o1b");
        reports.database
                .getCollection("conversations")
                .insertOne(
                        new Document("_id", "c-draft")
                                .append(
                                        "data",
                                        new Document("evidence", EvidenceCodec.encode(inDraft))));
        OrphanEvidenceJob job =
                new OrphanEvidenceJob(
                        reports.database, reports.evidence, clock, ReportSettings.defaults());
        clock.advance(Duration.between(clock.instant(), Instant.now()));

        assertThat(job.purge()).as("within the grace period").isZero();

        clock.advance(Duration.ofDays(15));
        assertThat(job.purge()).isEqualTo(1);
        assertThat(job.purge()).isZero();
        assertThat(reports.evidence.open(cancelled.id())).isEmpty();
        assertThat(reports.evidence.open(submitted.id())).isPresent();
        assertThat(reports.evidence.open(inDraft.id())).isPresent();
        assertThat(reports.evidence.open(appended.id())).isPresent();
    }

    private EvidenceRef photo(String sourceKey) {
        return reports.evidence.store(
                sourceKey,
                "photo",
                "p.jpg",
                "image/jpeg",
                new ByteArrayInputStream(sourceKey.getBytes(StandardCharsets.UTF_8)));
    }

    private String submitWith(EvidenceRef evidence, String key) {
        ReportDraft full = Drafts.full(key);
        return reports.queue
                .submit(
                        ReportDraft.builder(key, full.channel())
                                .reporter(full.reporterPseudonym(), full.language())
                                .what(full.what(), full.when())
                                .broker(full.who(), full.phones(), full.socialMedia())
                                .place(
                                        full.kecamatan(),
                                        full.village(),
                                        full.latitude(),
                                        full.longitude())
                                .route(full.destinations(), full.transits(), full.route())
                                .victims(full.victims(), full.minors())
                                .messages(full.messages())
                                .evidence(List.of(evidence))
                                .contact(full.contact())
                                .build())
                .code();
    }

    private void close(String code, Status to) {
        reports.queue.claim(code, "ana", Duration.ofMinutes(30));
        reports.queue.transition(code, to, "ana", "catatan: saksi bernama Ina");
    }
}
