package id.migrasiaman.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Telegram's per-chat pace (burst, then about one a second; 20 a minute in a group). */
class ChatPacingTests {

    private final ChatPacing pacing = new ChatPacing(3, Duration.ofSeconds(1), 20);
    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aPrivateChatGetsABurstThenOneASecond() {
        ChatState chat = ChatState.NEW;
        for (int i = 0; i < 3; i++) {
            assertThat(pacing.nextAllowed(chat, false, t0)).isEqualTo(t0);
            chat = pacing.afterSend(chat, false, t0);
        }
        assertThat(pacing.nextAllowed(chat, false, t0)).isEqualTo(t0.plusSeconds(1));
        chat = pacing.afterSend(chat, false, t0.plusSeconds(1));
        assertThat(pacing.nextAllowed(chat, false, t0.plusSeconds(1))).isEqualTo(t0.plusSeconds(2));
    }

    @Test
    void aQuietChatGetsItsBurstBack() {
        ChatState chat = ChatState.NEW;
        for (int i = 0; i < 3; i++) {
            chat = pacing.afterSend(chat, false, t0);
        }
        Instant later = t0.plusSeconds(10);
        for (int i = 0; i < 3; i++) {
            assertThat(pacing.nextAllowed(chat, false, later)).isEqualTo(later);
            chat = pacing.afterSend(chat, false, later);
        }
    }

    @Test
    void aGroupGetsTwentyAMinuteAtLeastASecondApart() {
        ChatState chat = ChatState.NEW;
        Instant now = t0;
        int sent = 0;
        while (now.isBefore(t0.plusSeconds(60))) {
            now = pacing.nextAllowed(chat, true, now);
            if (now.isBefore(t0.plusSeconds(60))) {
                chat = pacing.afterSend(chat, true, now);
                sent++;
            }
        }
        assertThat(sent).isBetween(19, 20);
        ChatState one = pacing.afterSend(ChatState.NEW, true, t0);
        assertThat(pacing.nextAllowed(one, true, t0)).isEqualTo(t0.plusSeconds(1));
    }

    @Test
    void theOverallRateSaysWhenToComeBackInsteadOfSleeping() {
        Clock clock = Clock.fixed(t0, ZoneOffset.UTC);
        GlobalRate rate = new GlobalRate(10, clock);
        int taken = 0;
        Instant comeBack = null;
        while (comeBack == null) {
            comeBack = rate.take();
            if (comeBack == null) {
                taken++;
            }
        }
        assertThat(taken).isBetween(1, 11);
        assertThat(comeBack).isAfter(t0);
    }
}
