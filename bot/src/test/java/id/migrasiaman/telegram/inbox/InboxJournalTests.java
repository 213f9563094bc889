package id.migrasiaman.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox journal: durable before acknowledged, relayed in order, nothing lost across a crash.
 */
class InboxJournalTests {

    @TempDir Path dir;

    /** Records what was relayed; can be made to fail (MongoDB away). */
    static final class Recorder implements InboxJournal.Relay {
        final List<Long> relayed = Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean failing = new AtomicBoolean();
        volatile int flushes;

        @Override
        public void relay(List<InboxSpool.Spooled> batch) {
            if (failing.get()) {
                throw new IllegalStateException("MongoDB away");
            }
            batch.forEach(u -> relayed.add(u.updateId()));
        }

        @Override
        public void flush() {
            flushes++;
        }
    }

    private static InboxSpool.Spooled update(long id) {
        return new InboxSpool.Spooled(
                id,
                "lane" + (id % 7),
                Instant.ofEpochMilli(1_700_000_000_000L + id),
                new byte[] {1, 2, (byte) id});
    }

    @Test
    void concurrentCallersShareSyncsAndEveryUpdateIsRelayedInOrderOfItsLane() throws Exception {
        Recorder recorder = new Recorder();
        InboxJournal journal = new InboxJournal(dir, recorder);
        journal.start();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        CountDownLatch done = new CountDownLatch(800);
        for (int i = 0; i < 800; i++) {
            long id = i;
            callers.execute(
                    () -> {
                        journal.append(update(id));
                        journal.awaitSynced();
                        done.countDown();
                    });
        }
        done.await();
        callers.shutdown();
        await().atMost(Duration.ofSeconds(20)).until(() -> recorder.relayed.size() == 800);
        assertThat(recorder.relayed).doesNotHaveDuplicates();
        journal.close();
    }

    @Test
    void aPollsBatchIsOneCallerAndNoCrowdButManyWaitingCallersAreABurst() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0.1);
        InboxJournal journal =
                new InboxJournal(
                        dir,
                        new Recorder(),
                        acceptFirst,
                        new UrgentLanes(java.time.Clock.systemUTC()));
        journal.start();
        // One caller with a batch of 50 (a poll): durable, and not taken for a crowd.
        for (int i = 0; i < 50; i++) {
            journal.append(update(i));
        }
        journal.awaitSynced();
        assertThat(acceptFirst.bursting()).isFalse();
        // 32 callers at once, each waiting for its own update (webhook calls): a burst.
        ExecutorService callers = Executors.newFixedThreadPool(32);
        CountDownLatch done = new CountDownLatch(3_200);
        AtomicBoolean seen = new AtomicBoolean();
        for (int i = 0; i < 3_200; i++) {
            long id = 1_000 + i;
            callers.execute(
                    () -> {
                        journal.append(update(id));
                        journal.awaitSynced();
                        if (acceptFirst.bursting()) {
                            seen.set(true);
                        }
                        done.countDown();
                    });
        }
        done.await();
        callers.shutdown();
        assertThat(seen).isTrue();
        journal.close();
    }

    @Test
    void whatWasSyncedButNotRelayedIsRelayedAfterARestartAndADamagedTailIsSkipped()
            throws Exception {
        Recorder recorder = new Recorder();
        recorder.failing.set(true);
        InboxJournal first = new InboxJournal(dir, recorder);
        first.start();
        for (long id = 1; id <= 5; id++) {
            first.append(update(id));
        }
        first.awaitSynced();
        // A crash: nothing relayed, and a line cut short at the end (never acknowledged).
        Files.writeString(
                dir.resolve("updates.journal"),
                JournalLines.line(update(6)).substring(0, 20),
                StandardCharsets.US_ASCII,
                StandardOpenOption.APPEND);
        first.close();
        assertThat(recorder.relayed).isEmpty();

        Recorder second = new Recorder();
        InboxJournal restarted = new InboxJournal(dir, second);
        restarted.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> second.relayed.size() == 5);
        assertThat(second.relayed).containsExactly(1L, 2L, 3L, 4L, 5L);
        restarted.close();
    }

    @Test
    void aRelayThatFailsKeepsTheBatchAndTriesAgain() throws Exception {
        Recorder recorder = new Recorder();
        recorder.failing.set(true);
        InboxJournal journal = new InboxJournal(dir, recorder);
        journal.start();
        journal.append(update(41));
        journal.append(update(42));
        journal.awaitSynced();
        assertThat(journal.waitingForRelay()).isLessThanOrEqualTo(2);
        recorder.failing.set(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.relayed.size() == 2);
        assertThat(recorder.relayed).containsExactly(41L, 42L);
        journal.close();
    }

    @Test
    void aLineSurvivesItsRoundTripAndADamagedOneIsRefused() {
        InboxSpool.Spooled u = update(123_456_789L);
        String line = JournalLines.line(u);
        InboxSpool.Spooled back = JournalLines.parse(line.strip()).orElseThrow();
        assertThat(back.updateId()).isEqualTo(u.updateId());
        assertThat(back.lane()).isEqualTo(u.lane());
        assertThat(back.acceptedAt()).isEqualTo(u.acceptedAt());
        assertThat(back.payload()).isEqualTo(u.payload());
        String damaged = line.strip().replace("lane", "lanf");
        assertThat(JournalLines.parse(damaged)).isEmpty();
    }
}
