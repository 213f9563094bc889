package id.migrasiaman.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Durability} for the embedded server: a group commit. Each {@link #flush()} waits for a
 * commit + fsync that <em>started after</em> the call; one committer thread runs them back to back,
 * so callers that arrive while the disk is busy share the next one. With no callers it still
 * commits once per {@code idle} so unflushed writes reach the disk within that time.
 */
final class GroupCommit implements Durability, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final EmbeddedMongo store;
    private final Duration window;
    private final Duration idle;
    private final Counter syncs;
    private final Timer waits;
    private final Thread committer;
    private long requested;
    private long completed;
    private RuntimeException lastFailure;
    private long failedTicket = -1;
    private volatile boolean running = true;
    private long compactedAt = System.nanoTime();

    private static final long COMPACT_EVERY = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    GroupCommit(EmbeddedMongo store, Duration window, Duration idle, MeterRegistry meters) {
        this.store = store;
        this.window = window;
        this.idle = idle;
        this.syncs = meters.counter("migrasi.store.fsyncs");
        this.waits = meters.timer("migrasi.store.flush.wait");
        this.committer = new Thread(this::run, "store-group-commit");
        this.committer.setDaemon(true);
        this.committer.start();
    }

    @Override
    public boolean local() {
        return true;
    }

    @Override
    public void flush() {
        long started = System.nanoTime();
        synchronized (this) {
            long ticket = ++requested;
            notifyAll();
            while (completed < ticket && running) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the disk", e);
                }
            }
            if (failedTicket >= ticket && lastFailure != null) {
                throw new IllegalStateException("embedded store commit failed", lastFailure);
            }
            if (completed < ticket) {
                // Closing: the final commit in close() covers this caller.
                store.commit();
            }
        }
        waits.record(Duration.ofNanos(System.nanoTime() - started));
    }

    private void run() {
        while (running) {
            long target;
            synchronized (this) {
                if (requested == completed) {
                    waitQuietly(idle.toMillis());
                }
                target = requested;
            }
            if (target > completed && !window.isZero()) {
                sleepQuietly(window.toMillis());
                synchronized (this) {
                    target = requested;
                }
            }
            compactNowAndThen();
            RuntimeException failure = commit();
            synchronized (this) {
                if (failure != null) {
                    lastFailure = failure;
                    failedTicket = target;
                }
                completed = Math.max(completed, target);
                notifyAll();
            }
        }
    }

    /** Every few seconds, keeps the file from growing without bound (see EmbeddedMongo). */
    private void compactNowAndThen() {
        long now = System.nanoTime();
        if (now - compactedAt < COMPACT_EVERY) {
            return;
        }
        compactedAt = now;
        try {
            store.compactIfSparse(60, 4 * 1024 * 1024);
        } catch (RuntimeException e) {
            log.warn("Embedded store compaction failed ({})", e.getClass().getSimpleName());
        }
    }

    private RuntimeException commit() {
        try {
            store.commit();
            syncs.increment();
            return null;
        } catch (RuntimeException e) {
            log.error("Embedded store commit failed: {}", e.getClass().getSimpleName(), e);
            return e;
        }
    }

    private void waitQuietly(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        synchronized (this) {
            notifyAll();
        }
        try {
            committer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.commit();
    }
}
