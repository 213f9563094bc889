package id.migrasiaman.telegram.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;

/**
 * The journal's updates on disk and not yet in MongoDB, in the order they were written, and the
 * batch the relay is moving now. The urgent relay takes an urgent chat's updates out of the line
 * (and copies those in the current batch), so its chat keeps its order.
 */
final class RelayQueue {

    /** An urgent chat's updates: taken out of the line, and copied from the current batch. */
    record Urgent(List<InboxSpool.Spooled> taken, List<InboxSpool.Spooled> copied) {

        List<InboxSpool.Spooled> all() {
            List<InboxSpool.Spooled> all = new ArrayList<>(copied);
            all.addAll(taken);
            return all;
        }
    }

    private final LinkedBlockingQueue<InboxSpool.Spooled> waiting = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private List<InboxSpool.Spooled> inFlight = List.of();

    /** Bytes of the updates in {@link #waiting} (their payloads, plus a little per update). */
    private final java.util.concurrent.atomic.AtomicLong bytes =
            new java.util.concurrent.atomic.AtomicLong();

    void addAll(List<InboxSpool.Spooled> updates) {
        bytes.addAndGet(bytesOf(updates));
        waiting.addAll(updates);
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    int size() {
        return waiting.size();
    }

    /** About how much heap the waiting updates hold. */
    long bytes() {
        return bytes.get();
    }

    /** A sealed payload and the objects around it (record, array header, id, lane, instant). */
    static long bytesOf(List<InboxSpool.Spooled> updates) {
        long sum = 0;
        for (InboxSpool.Spooled u : updates) {
            sum += u.payload().length + 160L;
        }
        return sum;
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** Takes up to {@code max} updates into {@code batch} (waiting up to a second for one). */
    void take(List<InboxSpool.Spooled> batch, int max) throws InterruptedException {
        synchronized (lock) {
            waiting.drainTo(batch, max);
            if (batch.isEmpty()) {
                lock.wait(1_000);
                waiting.drainTo(batch, max);
            }
            bytes.addAndGet(-bytesOf(batch));
            inFlight = List.copyOf(batch);
        }
    }

    /** The current batch is in MongoDB. */
    void relayed() {
        synchronized (lock) {
            inFlight = List.of();
        }
    }

    /** The updates of the chats {@code urgent} names, with their chats' earlier updates. */
    Urgent takeUrgent(Predicate<String> urgent) {
        synchronized (lock) {
            Set<String> lanes = new HashSet<>();
            for (InboxSpool.Spooled u : waiting) {
                if (urgent.test(u.lane())) {
                    lanes.add(u.lane());
                }
            }
            List<InboxSpool.Spooled> taken = new ArrayList<>();
            List<InboxSpool.Spooled> copied = new ArrayList<>();
            if (lanes.isEmpty()) {
                return new Urgent(taken, copied);
            }
            for (Iterator<InboxSpool.Spooled> it = waiting.iterator(); it.hasNext(); ) {
                InboxSpool.Spooled u = it.next();
                if (lanes.contains(u.lane())) {
                    taken.add(u);
                    it.remove();
                }
            }
            bytes.addAndGet(-bytesOf(taken));
            for (InboxSpool.Spooled u : inFlight) {
                if (lanes.contains(u.lane())) {
                    copied.add(u);
                }
            }
            return new Urgent(taken, copied);
        }
    }
}
