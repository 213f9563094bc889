package id.migrasiaman.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kill -9 driver's placing of doubles, on the times of the lead's run of 2026-12-06 09:55: three
 * messages in flight at kill #2, one of them stamped by the fake Bot API 3 ms after the signal.
 * The old rule (the next kill at or after the first copy) put that one "21,003 ms before a kill".
 */
class KillWindowsTests {

    private static final List<KillWindows.Kill> KILLS =
            List.of(
                    new KillWindows.Kill(0, 50),
                    new KillWindows.Kill(15_700, 15_760),
                    new KillWindows.Kill(36_703, 36_750),
                    new KillWindows.Kill(67_000, 67_060));

    @Test
    void aCopyStampedJustAfterTheSignalIsInFlightAtThatKill() {
        long first = 15_703;
        assertThat(KillWindows.nearest(first, KILLS)).isEqualTo(KILLS.get(1));
        assertThat(KillWindows.atAKill(first, KILLS)).isTrue();
        assertThat(KillWindows.describe(first, first + 16_859, KILLS))
                .startsWith("first copy 3 ms after kill #2's signal")
                .doesNotContain("NOT AT A KILL")
                .endsWith("copy after 16859 ms");
        assertThat(KillWindows.describe(15_689, 15_689 + 16_512, KILLS))
                .startsWith("first copy 11 ms before kill #2's signal");
    }

    @Test
    void aCopyFarFromEveryKillStandsOut() {
        assertThat(KillWindows.atAKill(25_000, KILLS)).isFalse();
        assertThat(KillWindows.describe(25_000, 26_000, KILLS)).contains("NOT AT A KILL");
        assertThat(KillWindows.describe(25_000, 26_000, List.of())).startsWith("no kill");
    }
}
