package id.migrasiaman.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AcceptFirstTests {

    private final AtomicBoolean flooding = new AtomicBoolean();
    private Thread flood;

    @AfterEach
    void stopFlood() throws InterruptedException {
        flooding.set(false);
        if (flood != null) {
            flood.join();
        }
    }

    /** Keeps a burst going: far more than 200 accepted updates a second. */
    private void burst(AcceptFirst acceptFirst) {
        flooding.set(true);
        flood =
                new Thread(
                        () -> {
                            while (flooding.get()) {
                                for (int i = 0; i < AcceptFirst.BURST; i++) {
                                    acceptFirst.accepted();
                                }
                                sleep(5);
                            }
                        });
        flood.setDaemon(true);
        flood.start();
        await().atMost(Duration.ofSeconds(10)).until(acceptFirst::bursting);
    }

    @Test
    void ordinaryTrafficIsNeitherNarrowedNorDelayed() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0.1);
        for (int i = 0; i < AcceptFirst.BURST / 2; i++) {
            acceptFirst.accepted();
        }
        assertThat(acceptFirst.bursting()).isFalse();
        // Two pieces of work at once: outside a burst neither waits for the other's turn.
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        Thread other = new Thread(() -> runQuietly(acceptFirst, () -> second.complete(null)));
        acceptFirst.run(
                () -> {
                    other.start();
                    second.get(10, TimeUnit.SECONDS);
                    first.complete(null);
                });
        assertThat(first).isDone();
    }

    @Test
    void duringABurstWorkRestsForItsShare() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0.2);
        burst(acceptFirst);
        long started = System.nanoTime();
        acceptFirst.run(() -> sleep(20));
        long took = System.nanoTime() - started;
        // 20 ms of work at a share of 0.2: at least 80 ms of rest after it.
        assertThat(took).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(95));
    }

    @Test
    void handlingNeverStopsUnderASustainedBurst() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0.1);
        burst(acceptFirst);
        AtomicInteger done = new AtomicInteger();
        Thread worker =
                new Thread(
                        () -> {
                            while (flooding.get()) {
                                runQuietly(acceptFirst, () -> sleep(2));
                                done.incrementAndGet();
                            }
                        });
        worker.setDaemon(true);
        worker.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> done.get() >= 5);
        assertThat(acceptFirst.bursting()).isTrue();
    }

    @Test
    void aShareOfZeroPausesTheWorkUntilTheBurstIsOver() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0);
        burst(acceptFirst);
        AtomicBoolean ran = new AtomicBoolean();
        Thread worker = new Thread(() -> runQuietly(acceptFirst, () -> ran.set(true)));
        worker.setDaemon(true);
        worker.start();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilFalse(ran);
        flooding.set(false);
        await().atMost(Duration.ofSeconds(10)).untilTrue(ran);
    }

    @Test
    void anUrgentChatsWorkIsNeitherPausedNorRested() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0);
        burst(acceptFirst);
        AtomicBoolean urgentRan = new AtomicBoolean();
        acceptFirst.run(() -> urgentRan.set(true), () -> true);
        assertThat(urgentRan).isTrue();

        // Work already paused goes as soon as its chat becomes urgent, the burst still on.
        AtomicBoolean urgent = new AtomicBoolean();
        AtomicBoolean ran = new AtomicBoolean();
        Thread worker =
                new Thread(
                        () -> {
                            try {
                                acceptFirst.run(() -> ran.set(true), urgent::get);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
        worker.setDaemon(true);
        worker.start();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).untilFalse(ran);
        urgent.set(true);
        await().atMost(Duration.ofSeconds(5)).untilTrue(ran);
        assertThat(acceptFirst.bursting()).isTrue();
    }

    @Test
    void callersCrowdingIntoOneGroupCommitAreABurstAtAnyRate() {
        AcceptFirst acceptFirst = new AcceptFirst(0.1);
        acceptFirst.waitedTogether(AcceptFirst.CROWD - 1);
        assertThat(acceptFirst.bursting()).isFalse();
        acceptFirst.waitedTogether(AcceptFirst.CROWD);
        assertThat(acceptFirst.bursting()).isTrue();
    }

    @Test
    void duringABurstMessagesGoOneAtATimeUnlessUrgent() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0.1);
        // Outside a burst two sends overlap.
        CompletableFuture<Void> inside = new CompletableFuture<>();
        Thread other =
                new Thread(() -> sendQuietly(acceptFirst, () -> inside.complete(null), false));
        assertThat(
                        acceptFirst.oneAtATime(
                                () -> {
                                    other.start();
                                    return inside.join();
                                },
                                () -> false))
                .isNull();

        burst(acceptFirst);
        CompletableFuture<Void> entered = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        AtomicBoolean secondRan = new AtomicBoolean();
        Thread first =
                new Thread(
                        () ->
                                sendQuietly(
                                        acceptFirst,
                                        () -> {
                                            entered.complete(null);
                                            release.join();
                                        },
                                        false));
        first.setDaemon(true);
        first.start();
        entered.get(5, TimeUnit.SECONDS);
        Thread second =
                new Thread(() -> sendQuietly(acceptFirst, () -> secondRan.set(true), false));
        second.setDaemon(true);
        second.start();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).untilFalse(secondRan);
        // An urgent chat's message does not wait for the one being sent.
        assertThat(acceptFirst.oneAtATime(() -> "urgent", () -> true)).isEqualTo("urgent");
        release.complete(null);
        await().atMost(Duration.ofSeconds(5)).untilTrue(secondRan);
    }

    @Test
    void duringABurstASendRestsForItsCpuNotForItsWaitOnTelegram() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0.25);
        burst(acceptFirst);
        // A send that only waits (for Telegram's answer) is followed by next to no rest: a rest
        // counted on wall time would add the longest rest (250 ms) to its 300 ms.
        long started = System.nanoTime();
        acceptFirst.oneAtATime(() -> waitOnTelegram(300), () -> false);
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
        // One that burns 40 ms of CPU rests about three times that (share 0.25) before returning.
        started = System.nanoTime();
        acceptFirst.oneAtATime(() -> burn(TimeUnit.MILLISECONDS.toNanos(40)), () -> false);
        assertThat(System.nanoTime() - started)
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(40 + 100));
    }

    private static Object waitOnTelegram(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Spins until this thread has used {@code nanos} of CPU. */
    private static Object burn(long nanos) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + nanos;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            x += System.nanoTime() % 7;
        }
        return x;
    }

    private static void sendQuietly(AcceptFirst acceptFirst, Runnable work, boolean urgent) {
        try {
            acceptFirst.oneAtATime(
                    () -> {
                        work.run();
                        return null;
                    },
                    () -> urgent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * During a burst an urgent chat's work is neither paused nor rested, but goes one piece at a
     * time (many urgent chats handled side by side took both cores from acceptance); a piece waits
     * at most {@link AcceptFirst#URGENT_WAIT} for the one before it, so an emergency is never held
     * for long by another.
     */
    @Test
    void duringABurstUrgentWorkGoesOnePieceAtATimeWaitingASecondAtMost() throws Exception {
        AcceptFirst acceptFirst = new AcceptFirst(0.1);
        burst(acceptFirst);
        CompletableFuture<Void> firstIn = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        Thread first =
                new Thread(
                        () ->
                                runUrgentQuietly(
                                        acceptFirst,
                                        () -> {
                                            firstIn.complete(null);
                                            release.get(30, TimeUnit.SECONDS);
                                        }));
        first.setDaemon(true);
        first.start();
        firstIn.get(10, TimeUnit.SECONDS);
        AtomicLong waited = new AtomicLong(-1);
        Thread second =
                new Thread(
                        () -> {
                            long started = System.nanoTime();
                            runUrgentQuietly(
                                    acceptFirst, () -> waited.set(System.nanoTime() - started));
                        });
        second.setDaemon(true);
        second.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> waited.get() >= 0);
        // It waited for the first piece, but not for longer than the bound (the first still runs).
        assertThat(waited.get()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(950));
        assertThat(first.isAlive()).isTrue();
        release.complete(null);
        first.join(10_000);
        // Once the first is done, the next urgent piece goes at once.
        long started = System.nanoTime();
        AtomicBoolean third = new AtomicBoolean();
        acceptFirst.run(() -> third.set(true), () -> true);
        assertThat(third).isTrue();
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.MILLISECONDS.toNanos(900));
        assertThat(acceptFirst.bursting()).isTrue();
    }

    private static void runUrgentQuietly(
            AcceptFirst acceptFirst, AcceptFirst.Work<Exception> work) {
        try {
            acceptFirst.run(work, () -> true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theShareIsAFraction() {
        assertThatThrownBy(() -> new AcceptFirst(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void runQuietly(AcceptFirst acceptFirst, AcceptFirst.Work<Exception> work) {
        try {
            acceptFirst.run(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
