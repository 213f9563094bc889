package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reminders with a fake clock: consent, delay, quiet night, stop with one tap, blocked chats. */
class RemindersTests {

    final InMemoryRouteProgress store = new InMemoryRouteProgress();
    // 10:00 WITA on a Saturday.
    final FakeClock clock = new FakeClock(Instant.parse("2026-12-05T02:00:00Z"));
    final List<String> sentTo = new ArrayList<>();
    ReminderChannel.Delivery answer = ReminderChannel.Delivery.SENT;
    final Reminders reminders =
            new Reminders(
                    store,
                    (address, reply) -> {
                        sentTo.add(address);
                        return answer;
                    },
                    () -> RouteGuideTests.BOOK,
                    new ConversationFixture().texts,
                    clock,
                    Duration.ofDays(4),
                    20);

    RouteProgress walking(String id, boolean consent) {
        RouteProgress p =
                RouteProgress.fresh(id, clock.instant())
                        .choose("MY", "domestic", clock.instant())
                        .markDone("cek-agensi", 1, clock.instant());
        return consent ? p.reminders(true, "tg:" + id) : p;
    }

    @Test
    void noReminderWithoutConsentNorBeforeTheDelay() {
        store.save(walking("a", false));
        store.save(walking("b", true));
        clock.advance(Duration.ofDays(3));
        assertThat(reminders.sweep()).isZero();
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(reminders.sweep()).isEqualTo(1);
        assertThat(sentTo).containsExactly("tg:b");
        // Not again the next sweep, only after another four quiet days.
        assertThat(reminders.sweep()).isZero();
        clock.advance(Duration.ofDays(4).plusMinutes(1));
        assertThat(reminders.sweep()).isEqualTo(1);
    }

    @Test
    void theNightInKupangIsQuiet() {
        store.save(walking("b", true));
        clock.advance(Duration.ofDays(4).plusHours(12)); // 22:00 WITA
        assertThat(Reminders.quietNight(clock.instant())).isTrue();
        assertThat(reminders.sweep()).isZero();
        clock.advance(Duration.ofHours(9)); // 07:00 WITA
        assertThat(reminders.sweep()).isEqualTo(1);
    }

    @Test
    void oneTapStopsRemindersAndConsentNeedsATelegramChat() {
        ConversationFixture bot = new ConversationFixture();
        RouteGuide guide =
                new RouteGuide(() -> RouteGuideTests.BOOK, store, bot.texts, bot.menus, clock, 4);
        bot.with(guide);
        bot.press("c", "j:c:MY");
        bot.press("c", "j:w:domestic");
        List<Reply> noAddress = bot.press("c", "j:r1");
        assertThat(noAddress.get(0).html()).contains("Telegram");
        store.save(store.find("c").orElseThrow().reminders(true, "tg:1"));
        assertThat(bot.press("c", "j:r0").get(0).html()).contains("dihentikan");
        assertThat(store.find("c").orElseThrow().address()).isNull();
        clock.advance(Duration.ofDays(10));
        assertThat(reminders.sweep()).isZero();
        assertThat(sentTo).isEmpty();
    }

    @Test
    void aChatThatBlockedTheBotNeverGetsAnotherReminder() {
        store.save(walking("b", true));
        answer = ReminderChannel.Delivery.BLOCKED;
        clock.advance(Duration.ofDays(5));
        assertThat(reminders.sweep()).isZero();
        assertThat(store.find("b").orElseThrow().blocked()).isTrue();
        answer = ReminderChannel.Delivery.SENT;
        clock.advance(Duration.ofDays(10));
        assertThat(reminders.sweep()).isZero();
        assertThat(sentTo).containsExactly("tg:b");
    }
}
