package id.migrasiaman.telegram.inbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Acceptance first: while updates arrive in a burst (at least {@link #BURST} accepted within {@link
 * #WINDOW}, i.e. 200 a second, and for {@link #HOLD} after), the work behind acceptance (moving the
 * journal into MongoDB, handling updates) runs on a duty cycle: one piece at a time, each followed
 * by a rest so that it gets at most {@code share} of the time, and acceptance keeps the CPU. The
 * backlog is durable (journal, inbox) and is worked off at full width once the burst is over. The
 * share is a floor too: handling never stops under sustained load, and the single permit is fair,
 * so a quiet chat's update waits for at most one turn of each chat ahead of it, not for a flooding
 * chat's backlog. Outside a burst nothing is narrowed or delayed.
 *
 * <p>A burst is also callers crowding in: {@link #CROWD} or more callers (webhook calls; a poll's
 * batch is one caller) waiting for one group commit of the journal ({@link #waitedTogether}) mean
 * acceptance itself is the bottleneck, whatever the rate (on a loaded machine the rate may stay
 * under {@link #BURST} per {@link #WINDOW} exactly because handling at full width takes the CPU
 * acceptance needs). Sending ({@link #oneAtATime}) is narrowed to one message at a time during a
 * burst, each followed by a rest as long as its CPU (not its wait for Telegram) requires for the
 * share; an urgent chat's messages are not.
 *
 * <p>A share of 0 pauses that work for as long as the burst lasts: only for measuring what the
 * accept path alone can do (the transport benchmark); never in production.
 */
public final class AcceptFirst {

    static final long WINDOW = TimeUnit.MILLISECONDS.toNanos(100);
    static final int BURST = 20;
    static final long HOLD = TimeUnit.MILLISECONDS.toNanos(300);

    /** Callers waiting for one group commit from which on they are crowding in. */
    static final int CROWD = 4;

    /**
     * The rest a piece of work that can be cut to size (the relay's) is sized for ({@link
     * #longestPiece()}), so that the relay comes back often.
     */
    static final long MAX_REST = TimeUnit.MILLISECONDS.toNanos(250);

    /**
     * The longest rest after one piece, so a burst never holds the backlog for long. A piece that
     * cannot be cut (handling one update: tens of milliseconds of CPU, 100-200 ms of wall time on a
     * loaded machine) rested at most {@link #MAX_REST} and so took up to 45 % of the time instead
     * of its share; up to this rest (1 s), a piece of up to 111 ms keeps to a share of 0.1.
     */
    static final long LONGEST_REST = TimeUnit.SECONDS.toNanos(1);

    /**
     * How long an urgent chat's piece of work waits, during a burst, for another urgent piece
     * before it runs beside it anyway. During a burst urgent work runs one piece at a time (no
     * rest): up to ten threads handled urgent chats side by side (the eight workers take urgent
     * lanes first, and two threads take only those), and with many urgent updates in a burst they
     * took both cores from acceptance. The bound keeps an emergency's wait for a thread short (its
     * 2-s answer), also when many arrive at once.
     */
    static final long URGENT_WAIT = TimeUnit.SECONDS.toNanos(1);

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final double share;

    /**
     * The clock (nanoseconds) by which a burst is counted and held; the rests are real time. A test
     * holds a burst with a clock of its own, so that it does not lapse when the test's own thread
     * is starved on a loaded machine.
     */
    private final LongSupplier clock;

    private final Semaphore turn = new Semaphore(1, true);
    private final Semaphore sending = new Semaphore(1, true);
    private final Semaphore urgentTurn = new Semaphore(1, true);
    private final AtomicInteger inWindow = new AtomicInteger();
    private volatile long window;
    private volatile long burstUntil;

    /** A piece of work that may throw. */
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    public AcceptFirst(double share) {
        this(share, System::nanoTime);
    }

    /** With a burst counted on {@code clock} (nanoseconds), for tests. */
    AcceptFirst(double share, LongSupplier clock) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within 0..1");
        }
        this.share = share;
        this.clock = clock;
        this.burstUntil = clock.getAsLong() - HOLD;
    }

    /** An update was just accepted (counted towards a burst). */
    public void accepted() {
        long now = clock.getAsLong();
        long current = now / WINDOW;
        if (current != window) {
            window = current;
            inWindow.set(0);
        }
        if (inWindow.incrementAndGet() >= BURST) {
            burstUntil = now + HOLD;
        }
    }

    /**
     * {@code callers} waited for one group commit of the journal: from {@link #CROWD} on, a burst.
     */
    public void waitedTogether(int callers) {
        if (callers >= CROWD) {
            burstUntil = clock.getAsLong() + HOLD;
        }
    }

    /**
     * Runs {@code work} (sending one message) and returns its result: at once outside a burst or
     * when {@code urgent} says so; during a burst one such piece at a time, each followed by a rest
     * that keeps the sending thread's own CPU within the share. The rest is counted on CPU, not
     * wall time: a send mostly waits for Telegram, and resting for that wait would hold replies
     * back for nothing; not resting at all let the senders take a tenth of the bot's CPU during the
     * benchmark's burst, as much as the request threads.
     */
    public <T> T oneAtATime(Supplier<T> work, BooleanSupplier urgent) throws InterruptedException {
        if (!bursting() || urgent.getAsBoolean()) {
            return work.get();
        }
        sending.acquire();
        try {
            long cpu = THREADS.getCurrentThreadCpuTime();
            try {
                return work.get();
            } finally {
                rest(THREADS.getCurrentThreadCpuTime() - cpu, urgent);
            }
        } finally {
            sending.release();
        }
    }

    /**
     * The longest piece of work whose rest still keeps it within the share ({@link #MAX_REST} caps
     * the rest, so a longer piece gets more than its share); unlimited without a duty cycle.
     */
    public long longestPiece() {
        if (share <= 0 || share >= 1) {
            return Long.MAX_VALUE;
        }
        return (long) (MAX_REST * share / (1 - share));
    }

    /** How often a sweep for work left by others runs during a burst (every second otherwise). */
    public static final long BURST_SWEEP_EVERY = TimeUnit.SECONDS.toNanos(10);

    /**
     * A periodic sweep (looking for lanes that nobody works on: a crashed instance's, a retry that
     * is due) that last ran at {@code last} (nanoTime, as returned before): whether it runs now,
     * returning the new {@code last}, or {@code last} itself when it is skipped. During a burst it
     * runs at most every {@link #BURST_SWEEP_EVERY}: each sweep scans the lane collection in the
     * embedded server (thousands of lanes with waiting updates during a burst) and wakes up to 500
     * lanes, all of it behind acceptance and off the duty cycle; what it finds is a safety net (the
     * relay and the workers wake their own lanes) and may wait a few seconds.
     */
    public long sweepDue(long last) {
        long now = System.nanoTime();
        if (bursting() && now - last < BURST_SWEEP_EVERY) {
            return last;
        }
        return now;
    }

    /** Whether updates are arriving in a burst now. */
    public boolean bursting() {
        return clock.getAsLong() - burstUntil < 0;
    }

    /**
     * Runs {@code work}: at once outside a burst; during one, when it is this work's turn, then
     * rests so that such work gets at most the share of the time.
     */
    public <E extends Exception> void run(Work<E> work) throws E, InterruptedException {
        run(work, () -> false);
    }

    /**
     * Runs {@code work} as {@link #run(Work)} does, but at once, without waiting or resting, once
     * {@code urgent} says so (checked before waiting for the turn, after it and while paused): an
     * urgent chat's work is never held back by the duty cycle.
     */
    public <E extends Exception> void run(Work<E> work, BooleanSupplier urgent)
            throws E, InterruptedException {
        if (!bursting()) {
            work.run();
            return;
        }
        if (urgent.getAsBoolean()) {
            runUrgent(work);
            return;
        }
        turn.acquire();
        try {
            if (urgent.getAsBoolean()) {
                runUrgent(work);
                return;
            }
            if (share == 0) {
                awaitBurstEnd(urgent);
            }
            long started = System.nanoTime();
            try {
                work.run();
            } finally {
                rest(System.nanoTime() - started, urgent);
            }
        } finally {
            turn.release();
        }
    }

    /**
     * An urgent chat's work during a burst: neither paused nor rested, but one piece at a time,
     * waiting at most {@link #URGENT_WAIT} for the piece before it.
     */
    private <E extends Exception> void runUrgent(Work<E> work) throws E, InterruptedException {
        boolean alone = urgentTurn.tryAcquire(URGENT_WAIT, TimeUnit.NANOSECONDS);
        try {
            work.run();
        } finally {
            if (alone) {
                urgentTurn.release();
            }
        }
    }

    private void awaitBurstEnd(BooleanSupplier urgent) throws InterruptedException {
        long step = TimeUnit.MILLISECONDS.toNanos(20);
        while (bursting() && !urgent.getAsBoolean()) {
            TimeUnit.NANOSECONDS.sleep(Math.max(1, Math.min(step, burstUntil - clock.getAsLong())));
        }
    }

    private void rest(long busy, BooleanSupplier urgent) throws InterruptedException {
        if (share == 0 || share >= 1 || !bursting()) {
            return;
        }
        long rest = Math.min(LONGEST_REST, (long) (busy * (1 - share) / share));
        long end = System.nanoTime() + rest;
        // Stop resting as soon as the burst is over, or the chat became urgent.
        while (bursting() && !urgent.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(20)));
        }
    }
}
