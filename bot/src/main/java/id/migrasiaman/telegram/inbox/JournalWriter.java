package id.migrasiaman.telegram.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's group commit: callers queue updates ({@link #append}) and wait ({@link
 * #awaitSynced}); one thread writes whatever has queued since its last write and syncs it once, so
 * concurrent callers share one sync.
 */
final class JournalWriter implements AutoCloseable {

    /** Where the batches go. */
    interface Sink {

        /** Writes and syncs {@code batch}; false if it could not. */
        boolean write(List<InboxSpool.Spooled> batch);

        /** {@code batch} is on disk. */
        void written(List<InboxSpool.Spooled> batch);
    }

    private final Sink sink;
    private final Object lock = new Object();
    private final Thread thread;
    private List<InboxSpool.Spooled> buffer = new ArrayList<>();
    private long appended;
    private long synced;
    private long failedThrough;
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
        synchronized (lock) {
            if (!running) {
                throw new IllegalStateException("inbox journal closed");
            }
            buffer.add(update);
            appended++;
            lock.notifyAll();
        }
    }

    /** Returns once every update appended so far (by any thread) is on the disk. */
    void awaitSynced() {
        synchronized (lock) {
            long ticket = appended;
            while (synced < ticket && running) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the journal", e);
                }
            }
            if (synced < ticket || failedThrough >= ticket) {
                throw new UncheckedIOException(
                        new IOException("inbox journal write failed or closed"));
            }
        }
    }

    private void loop() {
        while (running) {
            List<InboxSpool.Spooled> batch;
            synchronized (lock) {
                while (buffer.isEmpty() && running) {
                    waitQuietly();
                }
                batch = buffer;
                buffer = new ArrayList<>();
            }
            if (batch.isEmpty()) {
                continue;
            }
            boolean ok = sink.write(batch);
            synchronized (lock) {
                synced += batch.size();
                if (!ok) {
                    failedThrough = synced;
                }
                lock.notifyAll();
            }
            if (ok) {
                sink.written(batch);
            }
        }
    }

    private void waitQuietly() {
        try {
            lock.wait(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Writes what is queued and stops. */
    @Override
    public void close() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
