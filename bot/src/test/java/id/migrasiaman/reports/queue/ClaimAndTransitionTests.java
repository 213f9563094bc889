package id.migrasiaman.reports.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.migrasiaman.reports.ClaimHeldException;
import id.migrasiaman.reports.Drafts;
import id.migrasiaman.reports.InvalidTransitionException;
import id.migrasiaman.reports.MongoTestSupport;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.Status;
import id.migrasiaman.reports.UnknownReportException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Staff claiming reports from the queue and moving them through the workflow. */
class ClaimAndTransitionTests extends MongoTestSupport {

    private static final Duration LEASE = Duration.ofMinutes(30);

    @Test
    void twoStaffClaimingTheSameReportExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 50; round++) {
                String code = reports.queue.submit(Drafts.plain("race:" + round)).code();
                CountDownLatch start = new CountDownLatch(1);
                Future<Optional<Report>> a = pool.submit(() -> claimAfter(start, code, "ana"));
                Future<Optional<Report>> b = pool.submit(() -> claimAfter(start, code, "budi"));
                start.countDown();
                Optional<Report> ra = a.get();
                Optional<Report> rb = b.get();

                assertThat(ra.isPresent() ^ rb.isPresent()).as("round %d", round).isTrue();
                Report stored = reports.queue.find(code).orElseThrow();
                String winner = ra.isPresent() ? "ana" : "budi";
                assertThat(stored.assignee()).isEqualTo(winner);
                assertThat(stored.audit())
                        .filteredOn(e -> e.action().equals("claim"))
                        .singleElement()
                        .satisfies(e -> assertThat(e.by()).isEqualTo(winner));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoStaffTakingTheNextReportGetDifferentOnes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                reports.queue.submit(Drafts.plain("next:" + round + "a"));
                reports.queue.submit(Drafts.plain("next:" + round + "b"));
                CountDownLatch start = new CountDownLatch(1);
                Future<Optional<Report>> a = pool.submit(() -> nextAfter(start, "ana"));
                Future<Optional<Report>> b = pool.submit(() -> nextAfter(start, "budi"));
                start.countDown();

                assertThat(a.get().orElseThrow().code()).isNotEqualTo(b.get().orElseThrow().code());
            }
            assertThat(reports.queue.claimNext("citra", LEASE)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void queueOrderIsPriorityThenAge() {
        String normalOld = reports.queue.submit(Drafts.plain("o:1")).code();
        clock.advance(Duration.ofMinutes(1));
        String high =
                reports.queue
                        .submit(ReportDraft.builder("o:2", "cli").victims(5, false).build())
                        .code();
        clock.advance(Duration.ofMinutes(1));
        String urgent =
                reports.queue.submit(ReportDraft.builder("o:3", "cli").urgent(true).build()).code();
        clock.advance(Duration.ofMinutes(1));
        String normalNew = reports.queue.submit(Drafts.plain("o:4")).code();

        assertThat(List.of(next(), next(), next(), next()))
                .containsExactly(urgent, high, normalOld, normalNew);
        assertThat(reports.queue.claimNext("ana", LEASE)).isEmpty();
    }

    @Test
    void expiredLeaseCanBeClaimedAgain() {
        String code = reports.queue.submit(Drafts.plain("l:1")).code();
        assertThat(reports.queue.claim(code, "ana", LEASE)).isPresent();
        assertThat(reports.queue.claim(code, "budi", LEASE)).isEmpty();
        assertThat(reports.queue.claimNext("budi", LEASE)).isEmpty();

        clock.advance(LEASE.plusSeconds(1));

        Report taken = reports.queue.claimNext("budi", LEASE).orElseThrow();
        assertThat(taken.code()).isEqualTo(code);
        assertThat(taken.assignee()).isEqualTo("budi");
        assertThat(taken.leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
        assertThat(taken.audit())
                .extracting(Report.AuditEntry::by, Report.AuditEntry::from, Report.AuditEntry::to)
                .containsExactly(
                        tuple("pseudo-l:1", null, Status.NEW),
                        tuple("ana", Status.NEW, Status.IN_REVIEW),
                        tuple("budi", Status.IN_REVIEW, Status.IN_REVIEW));
    }

    @Test
    void validTransitionsAreAuditedAndInvalidOnesRejected() {
        String code = reports.queue.submit(Drafts.full("t:1")).code();
        assertThatThrownBy(() -> reports.queue.transition(code, Status.DISMISSED, "ana", "x"))
                .isInstanceOf(InvalidTransitionException.class);

        reports.queue.transition(code, Status.IN_REVIEW, "ana", null);
        clock.advance(Duration.ofMinutes(10));
        reports.queue.transition(code, Status.NEEDS_INFO, "ana", "tanya nomor HP");
        assertThatThrownBy(() -> reports.queue.transition(code, Status.FORWARDED_BP3MI, "ana", ""))
                .isInstanceOf(InvalidTransitionException.class);
        reports.queue.transition(code, Status.IN_REVIEW, "budi", "jawaban masuk");
        Report closed =
                reports.queue.transition(
                        code, Status.CLOSED_ACTION_TAKEN, "budi", "calo ditangkap");

        assertThat(closed.status()).isEqualTo(Status.CLOSED_ACTION_TAKEN);
        assertThat(closed.leaseUntil()).isNull();
        assertThat(closed.audit())
                .extracting(
                        Report.AuditEntry::by,
                        Report.AuditEntry::from,
                        Report.AuditEntry::to,
                        Report.AuditEntry::note)
                .containsExactly(
                        tuple("pseudo-t:1", null, Status.NEW, null),
                        tuple("ana", Status.NEW, Status.IN_REVIEW, null),
                        tuple("ana", Status.IN_REVIEW, Status.NEEDS_INFO, "tanya nomor HP"),
                        tuple("budi", Status.NEEDS_INFO, Status.IN_REVIEW, "jawaban masuk"),
                        tuple(
                                "budi",
                                Status.IN_REVIEW,
                                Status.CLOSED_ACTION_TAKEN,
                                "calo ditangkap"));
        assertThat(closed.audit().get(2).at()).isEqualTo(clock.instant());
        for (Status to : Status.values()) {
            assertThatThrownBy(() -> reports.queue.transition(code, to, "ana", null))
                    .isInstanceOf(InvalidTransitionException.class);
        }
        assertThatThrownBy(
                        () ->
                                reports.queue.transition(
                                        "LPR-0000-0000", Status.IN_REVIEW, "a", null))
                .isInstanceOf(UnknownReportException.class);
    }

    @Test
    void concurrentTransitionsFromOneStatusApplyOnce() throws Exception {
        String code = reports.queue.submit(Drafts.plain("c:1")).code();
        reports.queue.claim(code, "ana", LEASE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Status> a = pool.submit(() -> moveAfter(start, code, Status.DISMISSED));
            Future<Status> b = pool.submit(() -> moveAfter(start, code, Status.FORWARDED_POLICE));
            start.countDown();

            assertThat(java.util.Arrays.asList(a.get(), b.get())).containsOnlyOnce((Status) null);
            assertThat(reports.queue.find(code).orElseThrow().audit()).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheHolderOrAnAdminMovesAClaimedReport() {
        String code = reports.queue.submit(Drafts.plain("h:1")).code();
        reports.queue.claim(code, "ana", LEASE);

        assertThatThrownBy(() -> reports.queue.transition(code, Status.DISMISSED, "budi", "x"))
                .isInstanceOf(ClaimHeldException.class);
        assertThatThrownBy(() -> reports.queue.transition(code, Status.IN_REVIEW, "budi", null))
                .isInstanceOf(ClaimHeldException.class);
        assertThat(reports.queue.find(code).orElseThrow().status()).isEqualTo(Status.IN_REVIEW);
        assertThat(reports.queue.find(code).orElseThrow().assignee()).isEqualTo("ana");

        Report byAdmin =
                reports.queue.transition(code, Status.NEEDS_INFO, "admin", "ambil alih", true);
        assertThat(byAdmin.status()).isEqualTo(Status.NEEDS_INFO);
    }

    @Test
    void theHolderMovesItAndAnExpiredClaimHoldsNoOneBack() {
        String first = reports.queue.submit(Drafts.plain("h:2")).code();
        reports.queue.claim(first, "ana", LEASE);
        assertThat(reports.queue.transition(first, Status.NEEDS_INFO, "ana", null).status())
                .isEqualTo(Status.NEEDS_INFO);

        String second = reports.queue.submit(Drafts.plain("h:3")).code();
        reports.queue.claim(second, "ana", LEASE);
        clock.advance(LEASE.plusSeconds(1));
        assertThat(reports.queue.transition(second, Status.DISMISSED, "budi", null).status())
                .isEqualTo(Status.DISMISSED);
    }

    private Status moveAfter(CountDownLatch start, String code, Status to) throws Exception {
        start.await();
        try {
            return reports.queue.transition(code, to, "ana", null).status();
        } catch (InvalidTransitionException lost) {
            return null;
        }
    }

    private Optional<Report> claimAfter(CountDownLatch start, String code, String staff)
            throws InterruptedException {
        start.await();
        return reports.queue.claim(code, staff, LEASE);
    }

    private Optional<Report> nextAfter(CountDownLatch start, String staff)
            throws InterruptedException {
        start.await();
        return reports.queue.claimNext(staff, LEASE);
    }

    private String next() {
        return reports.queue.claimNext("ana", LEASE).orElseThrow().code();
    }
}
