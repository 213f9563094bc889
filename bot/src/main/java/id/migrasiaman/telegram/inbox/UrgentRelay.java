package id.migrasiaman.telegram.inbox;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an urgent chat's journalled updates into MongoDB at once, ahead of the journal's queue and
 * outside the burst duty cycle: the urgent update together with its chat's earlier updates still
 * waiting (those in the relay's current batch are copied, and relayed twice: the inbox ignores the
 * second), so the chat's worker finds them all and keeps their order.
 */
final class UrgentRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UrgentRelay.class);

    private final InboxJournal journal;
    private final UrgentLanes urgent;
    private final Semaphore signal = new Semaphore(0);
    private final Thread thread;

    UrgentRelay(InboxJournal journal, UrgentLanes urgent) {
        this.journal = journal;
        this.urgent = urgent;
        this.thread = new Thread(this::loop, "inbox-journal-urgent");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** {@code batch} is on disk and queued for the relay: any urgent chat in it goes now. */
    void written(List<InboxSpool.Spooled> batch) {
        if (!urgent.any()) {
            return;
        }
        for (InboxSpool.Spooled u : batch) {
            if (urgent.urgent(u.lane())) {
                signal.release();
                return;
            }
        }
    }

    private void loop() {
        while (journal.running()) {
            try {
                if (!signal.tryAcquire(1, TimeUnit.SECONDS)) {
                    continue;
                }
                signal.drainPermits();
                relayUrgent();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void relayUrgent() throws InterruptedException {
        RelayQueue.Urgent urgentUpdates = journal.toRelay.takeUrgent(urgent::urgent);
        if (urgentUpdates.taken().isEmpty()) {
            return;
        }
        long backoff = 100;
        while (true) {
            try {
                journal.relayNow(urgentUpdates.all(), urgentUpdates.taken().size());
                return;
            } catch (RuntimeException e) {
                log.warn(
                        "Inbox journal: urgent relay to MongoDB failed ({}); retrying",
                        e.getClass().getSimpleName());
                if (!journal.running()) {
                    // Still in the file: relayed again at the next start.
                    return;
                }
                Thread.sleep(backoff);
                backoff = Math.min(5_000, backoff * 2);
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
