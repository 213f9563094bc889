package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.reports.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The sign-in throttle, per account and address, on a clock moved by hand. */
@ExtendWith(OutputCaptureExtension.class)
class LoginAttemptsTests {

    static final String HOME = "198.51.100.7";
    static final String GUESSER = "203.0.113.9";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final LoginAttempts attempts = new LoginAttempts(clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(user, address);
        }
    }

    @Test
    void fourWrongPasswordsAreFreeTheFifthLocksThatPairForAMinute() {
        fail("maria", GUESSER, LoginAttempts.FREE_FAILURES - 1);
        assertThat(attempts.lockedFor("maria", GUESSER)).isEmpty();

        attempts.failed("maria", GUESSER);

        assertThat(attempts.lockedFor("Maria ", GUESSER)).hasValue(Duration.ofMinutes(1));
        assertThat(attempts.lockedFor("maria", HOME)).isEmpty();
        assertThat(attempts.lockedFor("yosef", GUESSER)).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(attempts.lockedFor("maria", GUESSER)).isEmpty();
    }

    @Test
    void everyFurtherWrongPasswordDoublesTheWaitUpToAnHour() {
        fail("maria", GUESSER, LoginAttempts.FREE_FAILURES);
        for (long minutes : new long[] {2, 4, 8, 16, 32, 60, 60}) {
            clock.advance(attempts.lockedFor("maria", GUESSER).orElseThrow());
            attempts.failed("maria", GUESSER);
            assertThat(attempts.lockedFor("maria", GUESSER)).hasValue(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void theRightPasswordClearsOnlyItsOwnPair() {
        fail("maria", GUESSER, 3);
        fail("maria", HOME, 3);

        attempts.succeeded("maria", HOME);
        fail("maria", HOME, 2);
        fail("maria", GUESSER, 2);

        assertThat(attempts.lockedFor("maria", HOME)).isEmpty();
        assertThat(attempts.lockedFor("maria", GUESSER)).isPresent();
    }

    @Test
    void anAdminUnlockClearsEveryAddressOfTheAccount() {
        fail("maria", GUESSER, 5);
        fail("maria", "192.0.2.1", 5);
        fail("yosef", GUESSER, 5);
        assertThat(attempts.lockedSources("maria")).isEqualTo(2);

        attempts.unlock("MARIA");

        assertThat(attempts.lockedSources("maria")).isZero();
        assertThat(attempts.lockedFor("yosef", GUESSER)).isPresent();
    }

    @Test
    void ipv6AddressesOfOneNetworkCountTogether() {
        fail("maria", "2001:db8:1:2::a", 3);
        fail("maria", "2001:db8:1:2:ffff::b", 2);

        assertThat(attempts.lockedFor("maria", "2001:db8:1:2::c")).isPresent();
        assertThat(attempts.lockedFor("maria", "2001:db8:1:3::a")).isEmpty();
    }

    @Test
    void forgedLogLinesInATypedUserNameNeverReachTheLog(CapturedOutput output) {
        String forged = "x\r\n2026-01-01 INFO Console sign-in for admin succeeded\u001b[2J";

        fail(forged, GUESSER, LoginAttempts.FREE_FAILURES);

        assertThat(output.getOut() + output.getErr())
                .contains("Console sign-in for #")
                .doesNotContain("succeeded", "\u001b", "x\r", "x\n");
        assertThat(LoginAttempts.forLog("maria.b")).isEqualTo("maria.b");
        assertThat(LoginAttempts.forLog("hunter2 is my password")).matches("#[0-9a-f]{12}");
    }
}
