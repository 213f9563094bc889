package id.migrasiaman.telegram.outbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * {@code migrasi.telegram.outbound{outcome, kind}}: sent, retried (5xx, network), rate_limited
 * (429), blocked (403) and failed (refused for good: the only way a message is not delivered).
 * {@code migrasi.telegram.outbound.unmarked}: from a send's request going out to its "sent" mark
 * being durable, the window in which a crash makes the message go out again after the restart.
 */
final class OutboundMetrics {

    private final MeterRegistry meters;
    private final Counter retried;
    private final Counter rateLimited;
    private final Counter blocked;
    private final Timer unmarked;

    OutboundMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.retried =
                meters.counter("migrasi.telegram.outbound", "outcome", "retried", "kind", "any");
        this.rateLimited =
                meters.counter(
                        "migrasi.telegram.outbound", "outcome", "rate_limited", "kind", "any");
        this.blocked =
                meters.counter("migrasi.telegram.outbound", "outcome", "blocked", "kind", "any");
        this.unmarked = meters.timer("migrasi.telegram.outbound.unmarked");
    }

    void unmarked(long nanos) {
        unmarked.record(nanos, TimeUnit.NANOSECONDS);
    }

    void sent(OutboundStore.Entry entry) {
        meters.counter("migrasi.telegram.outbound", "outcome", "sent", "kind", entry.kind())
                .increment();
    }

    void failed(OutboundStore.Entry entry) {
        meters.counter("migrasi.telegram.outbound", "outcome", "failed", "kind", entry.kind())
                .increment();
    }

    void retried() {
        retried.increment();
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void blocked() {
        blocked.increment();
    }
}
