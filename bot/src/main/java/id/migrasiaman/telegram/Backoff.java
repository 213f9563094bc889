package id.migrasiaman.telegram;

import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: {@code initial}, doubling up to {@code max} milliseconds. */
final class Backoff {

    private final long initial;
    private final long max;
    private long current;

    Backoff(long initialMillis, long maxMillis) {
        this.initial = initialMillis;
        this.max = maxMillis;
        this.current = initialMillis;
    }

    /** The next wait; each call doubles the base up to the maximum. */
    long next() {
        long base = current;
        current = Math.min(max, current * 2);
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    void reset() {
        current = initial;
    }
}
