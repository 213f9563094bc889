package id.migrasiaman.telegram.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs lanes (one per chat) on a bounded pool: a lane runs on one thread at a time, so its items
 * keep their order, while many lanes run side by side. A lane that has to wait (pacing, a retry
 * later) asks to be run again at a time instead of sleeping on a pool thread. An urgent lane (see
 * the predicate) is taken before any other waiting lane, and by a small pool of its own as well, so
 * it never waits for a thread while every worker is busy with other chats.
 */
public final class LaneRunner implements AutoCloseable {

    /** The work of one lane. */
    public interface Work {

        /** Works on {@code lane}; returns when to run it again, or null to wait for a wake-up. */
        Instant run(String lane);
    }

    private enum State {
        /** Waiting for a thread. */
        QUEUED,
        RUNNING,
        AGAIN
    }

    /** Threads that take urgent lanes only. */
    static final int URGENT_THREADS = 2;

    private static final Logger log = LoggerFactory.getLogger(LaneRunner.class);

    private final String name;
    private final Work work;
    private final Clock clock;
    private final Predicate<String> urgent;
    private final ThreadPoolExecutor pool;
    private final ThreadPoolExecutor urgentPool;
    private final ScheduledExecutorService timer;
    private final ConcurrentHashMap<String, State> lanes = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public LaneRunner(String name, int threads, Work work, Clock clock) {
        this(name, threads, work, clock, lane -> false);
    }

    /** With {@code urgent} telling which lanes go first. */
    public LaneRunner(String name, int threads, Work work, Clock clock, Predicate<String> urgent) {
        this.name = name;
        this.work = work;
        this.clock = clock;
        this.urgent = urgent;
        this.pool = pool(threads, name + "-");
        this.urgentPool = pool(URGENT_THREADS, name + "-urgent-");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-timer"));
    }

    private static ThreadPoolExecutor pool(int threads, String prefix) {
        AtomicInteger counter = new AtomicInteger();
        Comparator<Runnable> order = Comparator.comparing(r -> (Task) r);
        return new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new PriorityBlockingQueue<>(64, order),
                r -> daemon(r, prefix + counter.incrementAndGet()));
    }

    /** A lane waiting for a thread: urgent ones first, then in the order they were woken. */
    private final class Task implements Runnable, Comparable<Task> {

        private final String lane;
        private final boolean urgent;
        private final long number = sequence.incrementAndGet();

        Task(String lane, boolean urgent) {
            this.lane = lane;
            this.urgent = urgent;
        }

        @Override
        public int compareTo(Task other) {
            if (urgent != other.urgent) {
                return urgent ? -1 : 1;
            }
            return Long.compare(number, other.number);
        }

        /** Runs the lane unless another task (in the other pool) took it first. */
        @Override
        public void run() {
            boolean[] mine = {false};
            lanes.computeIfPresent(
                    lane,
                    (k, state) -> {
                        if (state == State.QUEUED) {
                            mine[0] = true;
                            return State.RUNNING;
                        }
                        return state;
                    });
            if (mine[0]) {
                drain(lane);
            }
        }
    }

    /** Runs {@code lane} soon: now if it is idle, right after its current run otherwise. */
    public void wake(String lane) {
        State[] before = {null};
        lanes.compute(
                lane,
                (k, state) -> {
                    before[0] = state;
                    if (state == null) {
                        return State.QUEUED;
                    }
                    return state == State.RUNNING ? State.AGAIN : state;
                });
        boolean first = urgent.test(lane);
        if (before[0] == null) {
            submit(lane, first);
        } else if (before[0] == State.QUEUED && first) {
            // Queued behind other chats before it became urgent: it jumps the queue.
            submit(lane, true);
        }
    }

    private void submit(String lane, boolean first) {
        try {
            pool.execute(new Task(lane, first));
            if (first) {
                urgentPool.execute(new Task(lane, true));
            }
        } catch (RejectedExecutionException e) {
            lanes.remove(lane);
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
            if (next == null || pool.isShutdown() || urgentPool.isShutdown()) {
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
        urgentPool.shutdown();
        try {
            pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            urgentPool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        urgentPool.shutdownNow();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
