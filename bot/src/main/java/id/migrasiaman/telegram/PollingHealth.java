package id.migrasiaman.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code telegram}: local mode without a token; with a token,
 * DOWN once polling (or registering the webhook) has failed for five minutes. It is not in the
 * liveness group: restarting the bot does not fix Telegram.
 */
@Component("telegram")
class PollingHealth implements HealthIndicator {

    private static final Duration GRACE = Duration.ofMinutes(5);

    private final TelegramSettings settings;
    private final Clock clock;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Instant> failingSince = new AtomicReference<>();
    private final AtomicInteger failures = new AtomicInteger();

    PollingHealth(TelegramSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.failingSince.set(clock.instant());
    }

    void success() {
        lastSuccess.set(clock.instant());
        failingSince.set(null);
        failures.set(0);
    }

    void failure() {
        failures.incrementAndGet();
        failingSince.compareAndSet(null, clock.instant());
    }

    @Override
    public Health health() {
        if (!settings.enabled()) {
            return Health.up().withDetail("mode", "local (no TELEGRAM_BOT_TOKEN)").build();
        }
        Instant since = failingSince.get();
        Health.Builder builder =
                since != null && since.plus(GRACE).isBefore(clock.instant())
                        ? Health.down()
                        : Health.up();
        return builder.withDetail("mode", settings.webhook() ? "webhook" : "long polling")
                .withDetail("lastSuccess", String.valueOf(lastSuccess.get()))
                .withDetail("consecutiveFailures", failures.get())
                .build();
    }
}
