package id.migrasiaman.telegram.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's write-ahead journal for incoming updates ({@code
 * <data-dir>/inbox/updates.journal}): accepting an update appends one line to this file, and the
 * caller is acknowledged once a {@code fdatasync} covers the line. One writer thread writes
 * whatever has queued since its last write and forces it once, so concurrent callers share one sync
 * (a group commit; an append to one file costs a few milliseconds, where a commit of the H2 file
 * rewrites its changed pages and costs tens). A relay thread then moves the lines into MongoDB in
 * batches and wakes their chats; the file is emptied once everything in it is in MongoDB and the H2
 * file is synced. After a crash every line is relayed again at start (the inbox ignores update ids
 * it has already). Lines are {@code id lane at payload crc}; a line cut short or damaged by a crash
 * was never acknowledged and is skipped. The updates of an urgent chat ({@link UrgentLanes}) do not
 * wait in line: the {@link UrgentRelay} moves them, with their chat's earlier updates, into MongoDB
 * at once.
 */
public final class InboxJournal implements AutoCloseable {

    /** Moves a batch of durable updates into MongoDB; throws if it could not. */
    public interface Relay {
        void relay(List<InboxSpool.Spooled> batch);

        /** Everything relayed so far is durable in MongoDB (before the journal is emptied). */
        void flush();
    }

    private static final Logger log = LoggerFactory.getLogger(InboxJournal.class);

    /** The journal is emptied when fully relayed and at least this long. */
    private static final long TRUNCATE_AT = 256 * 1024;

    /** ... and at least this often when it holds anything (nanoseconds). */
    private static final long TRUNCATE_EVERY = TimeUnit.SECONDS.toNanos(10);

    private static final int RELAY_BATCH = 500;

    /**
     * Heap held by updates waiting for the relay beyond which it no longer rests during a burst:
     * the duty cycle must not let the heap fill up under a burst that does not end. An eighth of
     * the heap (32 MB at {@code -Xmx256m}: some 60,000 updates of 300-400 bytes); it was 10,000
     * updates, which a burst of 2,400 a second fills in about four seconds if little is relayed,
     * after which the relay took the CPU at full width in the middle of the burst.
     */
    static final long RELAY_BACKLOG_BYTES = Runtime.getRuntime().maxMemory() / 8;

    private final Path file;
    private final FileChannel channel;
    private final Relay relay;
    private final AcceptFirst acceptFirst;
    private final UrgentRelay urgentRelay;
    private final RelayPace pace;

    /** Guards {@link #relayed} and emptying the file. */
    private final Object relayCount = new Object();

    final RelayQueue toRelay = new RelayQueue();
    private final JournalWriter writer;

    /**
     * The writer thread's lines and the direct buffer they are written from: reused, so a write
     * makes no garbage (a heap buffer would also be copied into a temporary direct one by the
     * channel).
     */
    private final JournalLines.Buffer lines = new JournalLines.Buffer();

    private ByteBuffer out = ByteBuffer.allocateDirect(64 * 1024);
    private final Thread relayer;
    private long written;
    private long relayed;
    private long truncatedAt = System.nanoTime();

    public InboxJournal(Path directory, Relay relay) {
        this(directory, relay, new AcceptFirst(1), new UrgentLanes(java.time.Clock.systemUTC()));
    }

    /**
     * With the relay on {@code acceptFirst}'s duty cycle while updates arrive in a burst, except
     * for the {@code urgent} chats' updates.
     */
    public InboxJournal(Path directory, Relay relay, AcceptFirst acceptFirst, UrgentLanes urgent) {
        this.acceptFirst = acceptFirst;
        this.urgentRelay = new UrgentRelay(this, urgent);
        this.pace = new RelayPace(RELAY_BATCH, acceptFirst.longestPiece());
        this.file = directory.resolve("updates.journal");
        this.relay = relay;
        try {
            Files.createDirectories(directory);
            List<InboxSpool.Spooled> left = JournalLines.read(file);
            this.channel =
                    FileChannel.open(
                            file,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.READ);
            channel.position(channel.size());
            if (!left.isEmpty()) {
                log.info("Inbox journal: {} update(s) from the last run to relay", left.size());
                toRelay.addAll(left);
                written = left.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("inbox journal " + file, e);
        }
        this.writer =
                new JournalWriter(
                        new JournalWriter.Sink() {
                            @Override
                            public boolean write(List<InboxSpool.Spooled> batch) {
                                return InboxJournal.this.write(batch);
                            }

                            @Override
                            public void written(List<InboxSpool.Spooled> batch) {
                                toRelay.addAll(batch);
                                urgentRelay.written(batch);
                            }

                            @Override
                            public void waiting(int callers) {
                                acceptFirst.waitedTogether(callers);
                            }
                        });
        this.relayer = new Thread(this::relayLoop, "inbox-journal-relay");
        relayer.setDaemon(true);
    }

    /** Starts relaying to MongoDB (accepting works from construction on). */
    public synchronized void start() {
        if (relayer.getState() == Thread.State.NEW) {
            relayer.start();
            urgentRelay.start();
        }
    }

    boolean running() {
        return writer.running();
    }

    /** Queues an update for the next write; durable after {@link #awaitSynced()}. */
    public void append(InboxSpool.Spooled update) {
        writer.append(update);
    }

    /** Returns once every update appended so far (by any thread) is on the disk. */
    public void awaitSynced() {
        writer.awaitSynced();
    }

    /** Updates written but not yet in MongoDB. */
    public int waitingForRelay() {
        return toRelay.size();
    }

    /** Called by the writer's thread only. */
    private boolean write(List<InboxSpool.Spooled> batch) {
        lines.clear();
        batch.forEach(lines::append);
        if (out.capacity() < lines.length()) {
            out = ByteBuffer.allocateDirect(Math.max(out.capacity() * 2, lines.length()));
        }
        out.clear();
        out.put(lines.bytes(), 0, lines.length()).flip();
        ByteBuffer bytes = out;
        synchronized (channel) {
            try {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(false);
                written += batch.size();
                return true;
            } catch (IOException e) {
                log.error("Inbox journal write failed ({})", e.getClass().getSimpleName());
                return false;
            }
        }
    }

    private void relayLoop() {
        long backoff = 100;
        List<InboxSpool.Spooled> batch = new ArrayList<>();
        while (running() || !toRelay.isEmpty()) {
            try {
                boolean paced = toRelay.bytes() < RELAY_BACKLOG_BYTES;
                if (batch.isEmpty()) {
                    toRelay.take(batch, pace.batch(paced && acceptFirst.bursting()));
                    if (batch.isEmpty()) {
                        truncateIfRelayed();
                        continue;
                    }
                }
                List<InboxSpool.Spooled> current = batch;
                if (paced) {
                    acceptFirst.run(() -> timed(current));
                } else {
                    timed(current);
                }
                synchronized (relayCount) {
                    relayed += batch.size();
                }
                batch.clear();
                toRelay.relayed();
                backoff = 100;
                if (toRelay.isEmpty()) {
                    truncateIfRelayed();
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                log.warn(
                        "Inbox journal: could not empty the file ({})",
                        e.getClass().getSimpleName());
            } catch (RuntimeException e) {
                // MongoDB away or refusing: keep the batch (it is on disk) and try again.
                log.warn(
                        "Inbox journal: relay to MongoDB failed ({}); retrying",
                        e.getClass().getSimpleName());
                if (!running()) {
                    return;
                }
                sleepQuietly(backoff);
                backoff = Math.min(5_000, backoff * 2);
            }
        }
    }

    private void timed(List<InboxSpool.Spooled> batch) {
        long started = System.nanoTime();
        relay.relay(batch);
        pace.took(batch.size(), System.nanoTime() - started);
    }

    /**
     * Moves {@code updates} into MongoDB now (an urgent chat's), counting {@code taken} of them as
     * relayed (the rest are in the relay's current batch and counted with it).
     */
    void relayNow(List<InboxSpool.Spooled> updates, int taken) {
        synchronized (relayCount) {
            relay.relay(updates);
            relayed += taken;
        }
    }

    /**
     * Empties the file once everything in it is durable in MongoDB: when it has grown, and at least
     * every {@link #TRUNCATE_EVERY} otherwise (a line relayed again after the inbox forgot its id
     * would be handled twice).
     */
    private void truncateIfRelayed() throws IOException {
        long size = channel.size();
        long now = System.nanoTime();
        if (size == 0 || (size < TRUNCATE_AT && now - truncatedAt < TRUNCATE_EVERY)) {
            return;
        }
        synchronized (relayCount) {
            relay.flush();
            synchronized (channel) {
                if (written == relayed) {
                    channel.truncate(0);
                    channel.force(true);
                    written = 0;
                    relayed = 0;
                    truncatedAt = now;
                }
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued, relays what it can (a few seconds at most) and closes the file. */
    @Override
    public void close() {
        writer.close();
        try {
            urgentRelay.close();
            relayer.interrupt();
            relayer.join(5_000);
            channel.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Inbox journal close failed ({})", e.getClass().getSimpleName());
        }
    }
}
