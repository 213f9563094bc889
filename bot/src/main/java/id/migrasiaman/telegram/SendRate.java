package id.migrasiaman.telegram;

/** A simple pacing limiter: at most {@code perSecond} sends a second, spaced evenly. */
final class SendRate {

    private final long intervalNanos;
    private long next = System.nanoTime();

    SendRate(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    synchronized void acquire() {
        long now = System.nanoTime();
        long wait = next - now;
        next = Math.max(now, next) + intervalNanos;
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
