package id.migrasiaman.telegram.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The journal's group commit: callers queue updates ({@link #append}) and wait ({@link
 * #awaitSynced}); one thread writes whatever has queued since its last write and syncs it once, so
 * concurrent callers share one sync. An append wakes only the writer, and a finished sync only the
 * callers: with one shared monitor every append woke every caller still waiting for the last sync
 * (with 32 connections, dozens of needless wake-ups per update on the accept path).
 */
final class JournalWriter implements AutoCloseable {

    /** Where the batches go. */
    interface Sink {

        /** Writes and syncs {@code batch}; false if it could not. */
        boolean write(List<InboxSpool.Spooled> batch);

        /** {@code batch} is on disk. */
        void written(List<InboxSpool.Spooled> batch);

        /** {@code callers} were waiting for the write about to start (callers, not updates). */
        default void waiting(int callers) {}
    }

    private final Sink sink;
    private final ReentrantLock lock = new ReentrantLock();

    /** Something to write (the writer waits on it). */
    private final Condition queued = lock.newCondition();

    /**
     * A write finished: the callers wait on it, those covered by the write in flight on one
     * condition and those that came after it was taken on the other (by the parity of the write's
     * number), so a finished write wakes only the callers it made durable. With one condition every
     * write also woke the callers of the next one, who went back to sleep (a needless wake-up and a
     * turn at the lock per caller and write, under 32 connections).
     */
    private final Condition[] done = {lock.newCondition(), lock.newCondition()};

    /** The number of the write in flight (or last finished), and the last ticket it covers. */
    private long writes;

    private long inFlightThrough;

    private final Thread thread;
    private List<InboxSpool.Spooled> buffer = new ArrayList<>();
    private long appended;
    private long synced;
    private long failedThrough;
    private int waiters;
    private volatile boolean running = true;

    JournalWriter(Sink sink) {
        this.sink = sink;
        this.thread = new Thread(this::loop, "inbox-journal-writer");
        thread.setDaemon(true);
        thread.start();
    }

    boolean running() {
        return running;
    }

    /** Queues an update for the next write; durable after {@link #awaitSynced()}. */
    void append(InboxSpool.Spooled update) {
        lock.lock();
        try {
            if (!running) {
                throw new IllegalStateException("inbox journal closed");
            }
            buffer.add(update);
            appended++;
            if (buffer.size() == 1) {
                // The writer waits only while the buffer is empty: one signal is enough.
                queued.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Returns once every update appended so far (by any thread) is on the disk. */
    void awaitSynced() {
        lock.lock();
        try {
            long ticket = appended;
            waiters++;
            try {
                while (synced < ticket && running) {
                    // Covered by the write in flight, or by the next one.
                    long write = ticket <= inFlightThrough ? writes : writes + 1;
                    done[(int) (write & 1)].await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the journal", e);
            } finally {
                waiters--;
            }
            if (synced < ticket || failedThrough >= ticket) {
                throw new UncheckedIOException(
                        new IOException("inbox journal write failed or closed"));
            }
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            List<InboxSpool.Spooled> batch;
            int callers;
            lock.lock();
            try {
                while (buffer.isEmpty() && running) {
                    waitQuietly();
                }
                batch = buffer;
                buffer = new ArrayList<>();
                callers = waiters;
                if (!batch.isEmpty()) {
                    writes++;
                    inFlightThrough = appended;
                }
            } finally {
                lock.unlock();
            }
            if (batch.isEmpty()) {
                continue;
            }
            sink.waiting(callers);
            boolean ok = sink.write(batch);
            lock.lock();
            try {
                synced += batch.size();
                if (!ok) {
                    failedThrough = synced;
                }
                done[(int) (writes & 1)].signalAll();
            } finally {
                lock.unlock();
            }
            if (ok) {
                sink.written(batch);
            }
        }
        lock.lock();
        try {
            // Stopped (closed or interrupted): nobody may wait for a write that will not come.
            done[0].signalAll();
            done[1].signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void waitQuietly() {
        try {
            queued.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Writes what is queued and stops. */
    @Override
    public void close() {
        lock.lock();
        try {
            running = false;
            queued.signalAll();
            done[0].signalAll();
            done[1].signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
