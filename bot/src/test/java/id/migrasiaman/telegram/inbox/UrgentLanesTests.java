package id.migrasiaman.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Urgent chats go first: marked until handled, taken before other lanes, never without a thread.
 */
class UrgentLanesTests {

    @Test
    void aMarkLastsUntilItsUpdateIsHandledAndAnOpenEmergencyForItsTime() {
        UrgentLanes urgent = new UrgentLanes(Clock.systemUTC());
        assertThat(urgent.urgent("a")).isFalse();

        urgent.mark("a", 10);
        urgent.handled("a", 9);
        assertThat(urgent.urgent("a")).isTrue();
        urgent.handled("a", 10);
        assertThat(urgent.urgent("a")).isFalse();

        urgent.keepOpen("b", Duration.ofHours(1));
        assertThat(urgent.urgent("b")).isTrue();
        urgent.close("b");
        assertThat(urgent.urgent("b")).isFalse();
        urgent.keepOpen("c", Duration.ofMillis(-1));
        assertThat(urgent.urgent("c")).isFalse();
        assertThat(urgent.any()).isFalse();
    }

    @Test
    void anUrgentLaneRunsWhileEveryWorkerIsBusyAndBeforeTheLanesQueuedAhead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        LaneRunner.Work work =
                lane -> {
                    ran.add(lane);
                    if (lane.equals("busy")) {
                        hold(release);
                    }
                    return null;
                };
        Set<String> urgentLanes = Set.of("urgent");
        try (LaneRunner runner =
                new LaneRunner("test", 1, work, Clock.systemUTC(), urgentLanes::contains)) {
            runner.wake("busy");
            await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("busy"));
            runner.wake("q1");
            runner.wake("q2");
            runner.wake("urgent");

            // The only worker is busy: the urgent lane runs on a thread of its own.
            await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("urgent"));
            assertThat(ran).doesNotContain("q1", "q2");

            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 4);
            assertThat(ran).containsExactly("busy", "urgent", "q1", "q2");
        }
    }

    @Test
    void aLaneQueuedBeforeItBecameUrgentJumpsTheQueue() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        Set<String> urgentLanes = new java.util.concurrent.CopyOnWriteArraySet<>();
        LaneRunner.Work work =
                lane -> {
                    ran.add(lane);
                    if (lane.equals("busy")) {
                        hold(release);
                    }
                    return null;
                };
        try (LaneRunner runner =
                new LaneRunner("test", 1, work, Clock.systemUTC(), urgentLanes::contains)) {
            runner.wake("busy");
            await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("busy"));
            runner.wake("q1");
            runner.wake("later");
            urgentLanes.add("later");
            runner.wake("later");

            await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("later"));
            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 3);
            // Run once, not twice, although it was queued in both pools.
            assertThat(ran).containsExactly("busy", "later", "q1");
        }
    }

    private static Instant hold(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
