package id.migrasiaman.telegram.outbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code migrasi.telegram.outbound{outcome, kind}}: sent, retried (5xx, network), rate_limited
 * (429), blocked (403) and failed (refused for good: the only way a message is not delivered).
 */
final class OutboundMetrics {

    private final MeterRegistry meters;
    private final Counter retried;
    private final Counter rateLimited;
    private final Counter blocked;

    OutboundMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.retried =
                meters.counter("migrasi.telegram.outbound", "outcome", "retried", "kind", "any");
        this.rateLimited =
                meters.counter(
                        "migrasi.telegram.outbound", "outcome", "rate_limited", "kind", "any");
        this.blocked =
                meters.counter("migrasi.telegram.outbound", "outcome", "blocked", "kind", "any");
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
