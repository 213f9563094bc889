package id.migrasiaman.telegram.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs lanes (one per chat) on a bounded pool: a lane runs on one thread at a time, so its items
 * keep their order, while many lanes run side by side. A lane that has to wait (pacing, a retry
 * later) asks to be run again at a time instead of sleeping on a pool thread.
 */
public final class LaneRunner implements AutoCloseable {

    /** The work of one lane. */
    public interface Work {

        /** Works on {@code lane}; returns when to run it again, or null to wait for a wake-up. */
        Instant run(String lane);
    }

    private enum State {
        RUNNING,
        AGAIN
    }

    private static final Logger log = LoggerFactory.getLogger(LaneRunner.class);

    private final String name;
    private final Work work;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final ConcurrentHashMap<String, State> lanes = new ConcurrentHashMap<>();

    public LaneRunner(String name, int threads, Work work, Clock clock) {
        this.name = name;
        this.work = work;
        this.clock = clock;
        AtomicInteger counter = new AtomicInteger();
        this.pool =
                new ThreadPoolExecutor(
                        threads,
                        threads,
                        0,
                        TimeUnit.MILLISECONDS,
                        new LinkedBlockingQueue<>(),
                        r -> daemon(r, name + "-" + counter.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-timer"));
    }

    /** Runs {@code lane} soon: now if it is idle, right after its current run otherwise. */
    public void wake(String lane) {
        boolean[] start = {false};
        lanes.compute(
                lane,
                (k, state) -> {
                    if (state == null) {
                        start[0] = true;
                        return State.RUNNING;
                    }
                    return State.AGAIN;
                });
        if (start[0]) {
            try {
                pool.execute(() -> drain(lane));
            } catch (RejectedExecutionException e) {
                lanes.remove(lane);
            }
        }
    }

    /** Runs {@code lane} at {@code at} (or now, if that has passed). */
    public void wakeAt(String lane, Instant at) {
        long delay = Duration.between(clock.instant(), at).toMillis();
        if (delay <= 0) {
            wake(lane);
            return;
        }
        try {
            timer.schedule(() -> wake(lane), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down.
        }
    }

    /** Lanes running or waiting for a thread now. */
    public int active() {
        return lanes.size();
    }

    private void drain(String lane) {
        while (true) {
            Instant again = null;
            try {
                again = work.run(lane);
            } catch (RuntimeException e) {
                log.warn("{}: a lane failed ({}); retrying", name, e.getClass().getSimpleName());
                again = clock.instant().plusSeconds(1);
            }
            if (again != null) {
                wakeAt(lane, again);
            }
            State next =
                    lanes.compute(lane, (k, state) -> state == State.AGAIN ? State.RUNNING : null);
            if (next == null || pool.isShutdown()) {
                return;
            }
        }
    }

    private static Thread daemon(Runnable r, String threadName) {
        Thread t = new Thread(r, threadName);
        t.setDaemon(true);
        return t;
    }

    /** Stops taking lanes and waits up to {@code grace} for running ones. */
    public void stop(Duration grace) {
        timer.shutdownNow();
        pool.shutdown();
        try {
            pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
