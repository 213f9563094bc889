package id.migrasiaman.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Submitting, reading back, following up and the reporter's view of a report. */
class ReportQueueTests extends MongoTestSupport {

    @Test
    void storesEveryFieldAndReadsItBack() {
        EvidenceRef photo =
                new EvidenceRef("65f0a1b2c3d4e5f601234567", "photo", "ab12", 42, "image/jpeg");
        ReportDraft draft =
                ReportDraft.builder("tg:1", "telegram")
                        .reporter("pseudoA", "mkn")
                        .urgent(false)
                        .what("Om Yanto janji kerja", "minggu lalu")
                        .broker("Om Yanto", List.of("0812-3456-7890"), List.of("fb:yanto"))
                        .place("Amarasi", "Oekabiti", -10.25, 123.87)
                        .route(List.of("MY"), List.of("Surabaya"), "Kupang - Surabaya")
                        .victims(2, false)
                        .evidence(List.of(photo))
                        .messages(List.of("ada calo", "dia minta uang"))
                        .contact(new ReporterContact("telegram", "chat-987001"))
                        .build();

        SubmitResult result = reports.queue.submit(draft);

        assertThat(result.outcome()).isEqualTo(SubmitResult.Outcome.STORED);
        assertThat(result.code()).matches("LPR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        Report report = reports.queue.find(result.code().toLowerCase()).orElseThrow();
        assertThat(report.code()).isEqualTo(result.code());
        assertThat(report.status()).isEqualTo(Status.NEW);
        assertThat(report.priority()).isEqualTo(Priority.NORMAL);
        assertThat(report.urgent()).isFalse();
        assertThat(report.language()).isEqualTo("mkn");
        assertThat(report.channel()).isEqualTo("telegram");
        assertThat(report.reporterPseudonym()).isEqualTo("pseudoA");
        assertThat(report.facts())
                .isEqualTo(
                        new Report.Facts(
                                "Om Yanto janji kerja",
                                "Om Yanto",
                                List.of("+6281234567890"),
                                List.of("fb:yanto"),
                                "Amarasi",
                                "Oekabiti",
                                -10.25,
                                123.87,
                                "minggu lalu",
                                List.of("MY"),
                                List.of("Surabaya"),
                                "Kupang - Surabaya",
                                2,
                                false));
        assertThat(report.messages())
                .extracting(Report.Message::text, Report.Message::by, Report.Message::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ada calo", "pseudoA", clock.instant()),
                        org.assertj.core.groups.Tuple.tuple(
                                "dia minta uang", "pseudoA", clock.instant()));
        assertThat(report.evidence()).containsExactly(photo);
        assertThat(report.audit())
                .singleElement()
                .satisfies(a -> assertThat(a.to()).isEqualTo(Status.NEW));
        assertThat(report.brokerId()).isNotNull();
        assertThat(report.createdAt()).isEqualTo(clock.instant());
        assertThat(report.updatedAt()).isEqualTo(clock.instant());
        assertThat(report.purged()).isFalse();
        Document stored = reports.database.getCollection("reports").find().first();
        assertThat(stored.getList("entities", Document.class))
                .extracting(e -> e.getString("type") + "=" + e.getString("value"))
                .containsExactly(
                        "phone=+6281234567890", "name=yanto", "social=fb:yanto", "country=MY");
        assertThat(stored).doesNotContainKey("contact");
        assertThat(stored.toJson()).doesNotContain("chat-987001");
        assertThat(reports.queue.contactFor(result.code()))
                .contains(new ReporterContact("telegram", "chat-987001"));
        assertThat(reports.events)
                .containsExactly(new ReportSubmitted(result.code(), Priority.NORMAL, false));
    }

    @Test
    void sameSourceKeyMakesOneReport() {
        SubmitResult first = reports.queue.submit(Drafts.full("tg:7"));
        SubmitResult again = reports.queue.submit(Drafts.full("tg:7"));

        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.outcome()).isEqualTo(SubmitResult.Outcome.ALREADY_SUBMITTED);
        assertThat(reports.count("sourceKey", "tg:7")).isEqualTo(1);
        assertThat(reports.events).hasSize(1);
        Document broker =
                reports.brokers
                        .find(reports.queue.find(first.code()).orElseThrow().brokerId())
                        .orElseThrow();
        assertThat(broker.getInteger("reportCount")).isEqualTo(1);
    }

    @Test
    void noContactIsStoredWithoutConsent() {
        SubmitResult result = reports.queue.submit(Drafts.plain("try:1"));

        assertThat(reports.queue.contactFor(result.code())).isEmpty();
        assertThat(reports.database.getCollection("report_contacts").countDocuments()).isZero();
    }

    @Test
    void publicStatusShowsStateAndDateButNoNotes() {
        String code = reports.queue.submit(Drafts.full("tg:20")).code();
        assertThat(reports.queue.publicStatus(code))
                .contains(new PublicStatus(code, PublicStatus.State.RECEIVED, clock.instant()));

        clock.advance(Duration.ofHours(1));
        reports.queue.claim(code, "petugas1", Duration.ofMinutes(30));
        clock.advance(Duration.ofHours(1));
        reports.queue.transition(code, Status.FORWARDED_POLICE, "petugas1", "rahasia: saksi Ina");

        PublicStatus status =
                reports.queue
                        .publicStatus(" " + code.toLowerCase().replace("-", "") + " ")
                        .orElseThrow();
        assertThat(status)
                .isEqualTo(new PublicStatus(code, PublicStatus.State.FORWARDED, clock.instant()));
        assertThat(status.toString()).doesNotContain("rahasia", "petugas1", "POLICE");
        assertThat(reports.queue.publicStatus("LPR-0000-0000")).isEmpty();
        assertThat(reports.queue.publicStatus("bukan kode")).isEmpty();
    }

    @Test
    void followUpIsAppendedOncePerSourceKey() {
        String code = reports.queue.submit(Drafts.full("tg:30")).code();
        EvidenceRef voice =
                new EvidenceRef("65f0a1b2c3d4e5f601234568", "voice", "cd34", 7, "audio/ogg");
        clock.advance(Duration.ofMinutes(5));

        AppendResult first =
                reports.queue.append(
                        code.toLowerCase(), "pseudoB", "nomor baru 0813", List.of(voice), "tg:31");
        AppendResult again =
                reports.queue.append(code, "pseudoB", "nomor baru 0813", List.of(voice), "tg:31");

        assertThat(first).isEqualTo(new AppendResult(code, AppendResult.Outcome.APPENDED));
        assertThat(again.outcome()).isEqualTo(AppendResult.Outcome.ALREADY_APPENDED);
        Report report = reports.queue.find(code).orElseThrow();
        assertThat(report.messages()).hasSize(3);
        assertThat(report.messages().get(2))
                .isEqualTo(new Report.Message("nomor baru 0813", "pseudoB", clock.instant()));
        assertThat(report.evidence()).containsExactly(voice);
        assertThat(report.audit())
                .last()
                .satisfies(
                        a -> {
                            assertThat(a.action()).isEqualTo("append");
                            assertThat(a.by()).isEqualTo("pseudoB");
                        });
        assertThat(reports.queue.append("LPR-0000-0000", "p", "x", List.of(), "tg:32").outcome())
                .isEqualTo(AppendResult.Outcome.UNKNOWN_CODE);
    }
}
