package id.migrasiaman.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's relay during a burst: its pieces stay short enough for the duty cycle's rest to
 * keep it within its share (a batch of up to 500 rested at most 250 ms after 50-150 ms of work,
 * i.e. up to 40 % of the burst for relaying instead of 10 %), and everything is still relayed.
 */
class RelayPaceTests {

    @TempDir Path dir;

    @Test
    void aBatchFitsTheLongestPieceOnceItsCostIsKnown() {
        long longest = new AcceptFirst(0.1).longestPiece();
        assertThat(longest).isEqualTo(TimeUnit.MILLISECONDS.toNanos(250) / 9);
        RelayPace pace = new RelayPace(500, longest);
        assertThat(pace.batch(false)).isEqualTo(500);
        assertThat(pace.batch(true)).isEqualTo(RelayPace.MIN_BATCH);
        pace.took(500, TimeUnit.MILLISECONDS.toNanos(150));
        // 0.3 ms an update: 27.8 ms fit 92 of them.
        assertThat(pace.batch(true)).isEqualTo(92);
        assertThat(pace.batch(false)).isEqualTo(500);
        assertThat(new RelayPace(500, new AcceptFirst(1).longestPiece()).batch(true))
                .isEqualTo(500);
    }

    /** Relaying costs 0.3 ms an update, as through the embedded server. */
    static final class SlowRelay implements InboxJournal.Relay {
        final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        final List<Long> relayed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void relay(List<InboxSpool.Spooled> batch) {
            batches.add(batch.size());
            batch.forEach(u -> relayed.add(u.updateId()));
            try {
                TimeUnit.MICROSECONDS.sleep(300L * batch.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void flush() {}
    }

    @Test
    void duringABurstTheRelayMovesSmallPiecesAndAfterItEverything() {
        AcceptFirst acceptFirst = new AcceptFirst(0.1);
        SlowRelay relay = new SlowRelay();
        InboxJournal journal =
                new InboxJournal(dir, relay, acceptFirst, new UrgentLanes(Clock.systemUTC()));
        journal.start();
        long burstEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        long id = 0;
        while (System.nanoTime() < burstEnds) {
            for (int i = 0; i < 40; i++) {
                acceptFirst.accepted();
                journal.append(
                        new InboxSpool.Spooled(
                                ++id, "lane" + (id % 50), Instant.now(), new byte[300]));
            }
            journal.awaitSynced();
        }
        long accepted = id;
        List<Integer> duringTheBurst = List.copyOf(relay.batches);
        await().atMost(Duration.ofSeconds(120)).until(() -> relay.relayed.size() == accepted);
        journal.close();
        assertThat(relay.relayed).doesNotHaveDuplicates();
        // The first piece is small (cost unknown), the others fit 27.8 ms at 0.3 ms an update.
        assertThat(duringTheBurst)
                .isNotEmpty()
                .allSatisfy(size -> assertThat(size).isLessThan(100));
        // At most about a fifth of the 3.3 s (share 0.1, with slack) at 0.3 ms an update.
        assertThat(duringTheBurst.stream().mapToInt(Integer::intValue).sum())
                .as("relayed during the burst")
                .isLessThan(2_200);
        assertThat(relay.batches).anySatisfy(size -> assertThat(size).isGreaterThan(100));
    }
}
