package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.reports.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A burst gets one polite "slow down", then silence until the window clears; chats are apart. */
class FloodControlTests {

    @Test
    void slowsDownAfterABurstAndForgivesLater() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        FloodControl flood = new FloodControl(3, Duration.ofSeconds(10), clock);

        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.ALLOW);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.ALLOW);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.ALLOW);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.SLOW_DOWN);
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.DROP);
        assertThat(flood.check("b")).isEqualTo(FloodControl.Verdict.ALLOW);

        clock.advance(Duration.ofSeconds(11));
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.ALLOW);
        flood.check("a");
        flood.check("a");
        assertThat(flood.check("a")).isEqualTo(FloodControl.Verdict.SLOW_DOWN);
    }
}
