package id.migrasiaman.reports.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.migrasiaman.reports.AppendResult;
import id.migrasiaman.reports.Drafts;
import id.migrasiaman.reports.MongoTestSupport;
import id.migrasiaman.reports.PublicStatus;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportSubmitted;
import id.migrasiaman.reports.ReportsFixture;
import id.migrasiaman.reports.SubmitResult;
import id.migrasiaman.reports.queue.FollowUps;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The local outbox: what is queued while MongoDB is away survives a restart and arrives once. */
class OutboxTests extends MongoTestSupport {

    @Test
    void reportsSubmittedWhileMongoIsAwayAreQueuedThenDeliveredOnce() throws IOException {
        try (MongoClient away = clientToNowhere()) {
            ReportsFixture offline =
                    new ReportsFixture(away.getDatabase("away"), dataDir, () -> {}, clock);
            SubmitResult first = offline.queue.submit(Drafts.full("q:1"));
            SubmitResult second = offline.queue.submit(Drafts.plain("q:2"));
            SubmitResult again = offline.queue.submit(Drafts.full("q:1"));

            assertThat(first.outcome()).isEqualTo(SubmitResult.Outcome.QUEUED_LOCALLY);
            assertThat(again).isEqualTo(first);
            assertThat(offline.queue.publicStatus(first.code()))
                    .contains(
                            new PublicStatus(
                                    first.code(), PublicStatus.State.RECEIVED, clock.instant()));
            assertThat(offline.relay.relay()).isZero();
            assertThat(offline.outbox.pending())
                    .extracting(Outbox.Entry::code)
                    .containsExactly(first.code(), second.code());
        }

        // The bot restarts with MongoDB back: the outbox is read from disk and delivered.
        ReportsFixture online = new ReportsFixture(database(), dataDir, server::commit, clock);
        assertThat(online.outbox.pending()).hasSize(2);
        assertThat(online.relay.relay()).isEqualTo(2);
        assertThat(online.relay.relay()).isZero();

        Report delivered = online.queue.find(first(online)).orElseThrow();
        assertThat(delivered.facts().who()).isEqualTo("Om Yanto");
        assertThat(delivered.createdAt()).isEqualTo(clock.instant());
        assertThat(online.queue.contactFor(delivered.code())).isPresent();
        assertThat(online.count("sourceKey", "q:1")).isEqualTo(1);
        assertThat(online.count("sourceKey", "q:2")).isEqualTo(1);
        assertThat(online.events).extracting(ReportSubmitted::code).hasSize(2);
        assertThat(online.outbox.fileExists()).isFalse();
        assertThat(online.queue.submit(Drafts.full("q:1")).code()).isEqualTo(delivered.code());
    }

    @Test
    void followUpsSentWhileMongoIsAwayArriveAfterTheirReportOnce() throws IOException {
        String stored = reports.queue.submit(Drafts.plain("f:0")).code();
        String queued;
        try (MongoClient away = clientToNowhere()) {
            ReportsFixture offline =
                    new ReportsFixture(away.getDatabase("away"), dataDir, () -> {}, clock);
            queued = offline.queue.submit(Drafts.full("f:1")).code();

            AppendResult toQueued =
                    offline.queue.append(queued, "pseudoA", "📍 -10.2,123.6", List.of(), "k:1");
            AppendResult again =
                    offline.queue.append(queued, "pseudoA", "📍 -10.2,123.6", List.of(), "k:1");
            AppendResult toStored =
                    offline.queue.append(stored, "pseudoB", "namanya Om Beni", List.of(), "k:2");

            assertThat(toQueued.outcome()).isEqualTo(AppendResult.Outcome.QUEUED_LOCALLY);
            assertThat(again.outcome()).isEqualTo(AppendResult.Outcome.QUEUED_LOCALLY);
            assertThat(toStored.outcome()).isEqualTo(AppendResult.Outcome.QUEUED_LOCALLY);
            assertThat(offline.outbox.pendingFollowUps()).hasSize(2);
            assertThat(offline.relay.relay()).isZero();
        }

        // Restart with MongoDB back: the report first, then both follow-ups, each once.
        ReportsFixture online =
                new ReportsFixture(reports.database, dataDir, server::commit, clock);
        assertThat(online.outbox.pendingFollowUps()).hasSize(2);
        assertThat(online.relay.relay()).isEqualTo(3);
        assertThat(online.relay.relay()).isZero();
        assertThat(online.outbox.fileExists()).isFalse();

        assertThat(online.queue.find(queued).orElseThrow().messages())
                .extracting(Report.Message::text)
                .contains("📍 -10.2,123.6")
                .filteredOn("📍 -10.2,123.6"::equals)
                .hasSize(1);
        assertThat(online.queue.find(stored).orElseThrow().messages())
                .extracting(Report.Message::text)
                .contains("namanya Om Beni");
    }

    @Test
    void aDeliveryCutShortIsCompletedNotDoubled() {
        ReportDraft draft = Drafts.full("cut:1");
        String code = reports.writer.newCode();
        reports.outbox.append(new Outbox.Entry(code, clock.instant(), draft));
        // As if a relay stored the report and crashed before writing its "done" line.
        reports.writer.store(draft, code, clock.instant());

        Outbox reloaded = new Outbox(dataDir.resolve("outbox"));
        assertThat(reloaded.pending()).hasSize(1);
        new OutboxRelay(reloaded, reports.writer, new FollowUps(reports.database, () -> {}, clock))
                .relay();

        assertThat(reports.count("code", code)).isEqualTo(1);
        assertThat(reports.count("sourceKey", "cut:1")).isEqualTo(1);
        assertThat(reloaded.pending()).isEmpty();
        String brokerId = reports.queue.find(code).orElseThrow().brokerId();
        assertThat(reports.brokers.find(brokerId).orElseThrow().getInteger("reportCount"))
                .isEqualTo(1);
    }

    @Test
    void anUnfinishedLastLineIsDroppedAndTheFileStaysUsable() throws IOException {
        Instant at = clock.instant();
        reports.outbox.append(new Outbox.Entry("LPR-AAAA-0001", at, Drafts.plain("t:1")));
        Path file = dataDir.resolve("outbox/reports.jsonl");
        Files.writeString(
                file, "{\"type\":\"report\",\"code\":\"LPR-AA", StandardOpenOption.APPEND);

        Outbox reloaded = new Outbox(dataDir.resolve("outbox"));
        reloaded.append(new Outbox.Entry("LPR-AAAA-0002", at, Drafts.plain("t:2")));

        assertThat(new Outbox(dataDir.resolve("outbox")).pending())
                .extracting(Outbox.Entry::code)
                .containsExactly("LPR-AAAA-0001", "LPR-AAAA-0002");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("LPR-AA\"");
    }

    @Test
    void compactionKeepsOnlyWhatIsPending() throws IOException {
        Instant at = clock.instant();
        for (int i = 1; i <= 3; i++) {
            reports.outbox.append(new Outbox.Entry("LPR-AAAA-000" + i, at, Drafts.plain("c:" + i)));
        }
        reports.outbox.delivered("LPR-AAAA-0001");
        reports.outbox.delivered("LPR-AAAA-0002");
        reports.outbox.compact();

        Path file = dataDir.resolve("outbox/reports.jsonl");
        assertThat(Files.readAllLines(file)).hasSize(1).allMatch(l -> l.contains("LPR-AAAA-0003"));
        assertThat(new Outbox(dataDir.resolve("outbox")).pending()).hasSize(1);
    }

    private static String first(ReportsFixture fixture) {
        return fixture.database
                .getCollection("reports")
                .find(new org.bson.Document("sourceKey", "q:1"))
                .first()
                .getString("code");
    }

    /** A client to a port where nothing listens, failing fast like a client to a dead server. */
    private static MongoClient clientToNowhere() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return MongoClients.create(
                MongoClientSettings.builder()
                        .applyConnectionString(
                                new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + port))
                        .applyToClusterSettings(
                                c -> c.serverSelectionTimeout(200, TimeUnit.MILLISECONDS))
                        .applyToSocketSettings(s -> s.connectTimeout(200, TimeUnit.MILLISECONDS))
                        .build());
    }
}
