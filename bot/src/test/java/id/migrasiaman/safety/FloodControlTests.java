package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A burst gets one polite "slow down", then silence until the window clears; chats are apart. */
class FloodControlTests {

    @Test
    void slowsDownAfterABurstAndForgivesLater() {
        MovingClock clock = new MovingClock();
        FloodControl flood = new FloodControl(3, Duration.ofSeconds(10), clock);

        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.ALLOW);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.ALLOW);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.ALLOW);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.SLOW_DOWN);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.DROP);
        assertThat(flood.check("b")).isEqualTo(FloodControl.Verdict.ALLOW);

        clock.now = clock.now.plusSeconds(11);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.ALLOW);
        flood.check("a");
        flood.check("a");
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.SLOW_DOWN);
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
