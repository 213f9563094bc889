package id.migrasiaman.telegram.inbox;

/**
 * How many journalled updates the relay moves into MongoDB in one piece. Outside a burst, a big
 * batch (fewer round trips). During a burst, a piece must stay short enough that the duty cycle's
 * rest after it ({@link AcceptFirst#longestPiece()}) keeps it within its share: a batch of up to
 * 500 takes 50-150 ms through the embedded server, and a rest capped at 250 ms let the relay (and
 * the server behind it) have up to 40 % of the burst instead of 10 %. The time per update is learnt
 * from the relay's own pieces.
 */
final class RelayPace {

    static final int MIN_BATCH = 8;

    private final int maxBatch;
    private final long longestPiece;

    /** Nanoseconds one update took to relay, smoothed; 0 until the first piece. */
    private double perUpdate;

    RelayPace(int maxBatch, long longestPiece) {
        this.maxBatch = maxBatch;
        this.longestPiece = longestPiece;
    }

    /** The batch to take now: {@code bursting} or not. */
    int batch(boolean bursting) {
        if (!bursting || longestPiece == Long.MAX_VALUE) {
            return maxBatch;
        }
        if (perUpdate <= 0) {
            return MIN_BATCH;
        }
        long fits = (long) (longestPiece / perUpdate);
        return (int) Math.max(MIN_BATCH, Math.min(maxBatch, fits));
    }

    /** A piece of {@code updates} took {@code nanos} (wall time, as the duty cycle counts it). */
    void took(int updates, long nanos) {
        if (updates <= 0 || nanos <= 0) {
            return;
        }
        double sample = (double) nanos / updates;
        perUpdate = perUpdate <= 0 ? sample : 0.7 * perUpdate + 0.3 * sample;
    }
}
