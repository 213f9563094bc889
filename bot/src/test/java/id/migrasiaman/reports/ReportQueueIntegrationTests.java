package id.migrasiaman.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.util.unit.DataSize;

/** The report queue inside the whole application: beans, settings, indexes and the event. */
@RecordApplicationEvents
class ReportQueueIntegrationTests extends IntegrationTest {

    @Autowired ReportQueue queue;
    @Autowired EvidenceStore evidence;
    @Autowired ReportSettings settings;
    @Autowired ApplicationEvents events;

    @Test
    void settingsAreBoundWithTheirDefaults() {
        assertThat(settings.retentionDays()).isEqualTo(365);
        assertThat(settings.evidenceMaxBytes()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(settings.leaseDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.outboxRelayInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void submitStoresTheReportWithEvidenceAndPublishesTheEvent() {
        String key = "it:" + UUID.randomUUID();
        EvidenceRef photo =
                evidence.store(
                        key + ":photo",
                        "photo",
                        "p.jpg",
                        "image/jpeg",
                        new ByteArrayInputStream("jpeg".getBytes()));
        ReportDraft draft =
                ReportDraft.builder(key, "telegram")
                        .reporter("pseudoIT", "id")
                        .urgent(true)
                        .what("tolong, mereka dikunci di rumah", null)
                        .evidence(List.of(photo))
                        .build();

        SubmitResult result = queue.submit(draft);

        assertThat(result.outcome()).isEqualTo(SubmitResult.Outcome.STORED);
        assertThat(queue.submit(draft).code()).isEqualTo(result.code());
        Report report = queue.find(result.code()).orElseThrow();
        assertThat(report.priority()).isEqualTo(Priority.URGENT);
        assertThat(report.evidence()).containsExactly(photo);
        assertThat(evidence.open(photo.id())).isPresent();
        assertThat(events.stream(ReportSubmitted.class))
                .containsExactly(new ReportSubmitted(result.code(), Priority.URGENT, true));
        assertThat(queue.publicStatus(result.code()).orElseThrow().state())
                .isEqualTo(PublicStatus.State.RECEIVED);
    }

    @Test
    void staffClaimAndCloseThroughTheBean() {
        String code = queue.submit(Drafts.plain("it:" + UUID.randomUUID())).code();

        assertThat(queue.claim(code, "ana", Duration.ofMinutes(5))).isPresent();
        Report closed = queue.transition(code, Status.DISMISSED, "ana", "bukan calo");

        assertThat(closed.status()).isEqualTo(Status.DISMISSED);
        assertThat(queue.publicStatus(code).orElseThrow().state())
                .isEqualTo(PublicStatus.State.CLOSED);
    }
}
