package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reminders with a fake clock: consent, delay, quiet night, stop with one tap, blocked chats, the
 * person's language, and the day before a date they gave.
 */
class RemindersTests {

    final InMemoryRouteProgress store = new InMemoryRouteProgress();
    // 10:00 WITA on Saturday 5 December 2026.
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));
    final List<String> sentTo = new ArrayList<>();
    final List<Reply> sent = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    ReminderChannel.Delivery answer = ReminderChannel.Delivery.SENT;
    final Reminders reminders =
            new Reminders(
                    store,
                    (address, key, reply) -> {
                        sentTo.add(address);
                        sent.add(reply);
                        keys.add(key);
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
        assertThat(sent.get(0).html()).contains("Halo, sudah sempat lanjut?");
        // The reminder carries its own way out: one tap stops it.
        assertThat(labels(sent.get(0))).contains("🔕 Stop pengingat", "🧭 Buka jalur saya");
        // Not again the next sweep, only after another four quiet days.
        assertThat(reminders.sweep()).isZero();
        clock.advance(Duration.ofDays(4).plusMinutes(1));
        assertThat(reminders.sweep()).isEqualTo(1);
        assertThat(keys).doesNotHaveDuplicates();
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
    void remindersSpeakThePersonsLanguage() {
        store.save(walking("e", true).speaking("en"));
        clock.advance(Duration.ofDays(5));
        assertThat(reminders.sweep()).isEqualTo(1);
        assertThat(sent.get(0).html())
                .contains("Hello, have you been able to go on?")
                .contains("Documents and permission");
        assertThat(labels(sent.get(0))).contains("🔕 Stop reminders", "🧭 Open my route");
    }

    @Test
    void oneTapStopsRemindersAndConsentNeedsATelegramChat() {
        ConversationFixture bot = RouteGuideTests.bot(store, clock);
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
    void aChatThatBlockedTheBotNeverGetsAnotherReminderUntilItAsksAgain() {
        store.save(walking("b", true));
        answer = ReminderChannel.Delivery.BLOCKED;
        clock.advance(Duration.ofDays(5));
        assertThat(reminders.sweep()).isZero();
        assertThat(store.find("b").orElseThrow().blocked()).isTrue();
        answer = ReminderChannel.Delivery.SENT;
        clock.advance(Duration.ofDays(10));
        assertThat(reminders.sweep()).isZero();
        assertThat(sentTo).containsExactly("tg:b");
        // The person came back and tapped "🔔 Ingatkan saya" again.
        store.save(store.find("b").orElseThrow().reminders(true, "tg:b"));
        assertThat(store.find("b").orElseThrow().blocked()).isFalse();
        assertThat(reminders.sweep()).isEqualTo(1);
    }

    @Test
    void theDayBeforeADateTypedAtTheMedicalCheckInDaylightOnly() {
        ConversationFixture bot = atMedicalCheck("m");
        List<Reply> asked = bot.press("m", "j:a");
        assertThat(asked.get(0).html()).contains("Kapan pemeriksaan kesehatan Anda?");
        assertThat(data(asked.get(0))).contains("j:t:20261206", "j:t:20261212", "j:s");
        assertThat(labels(asked.get(0)).get(0)).startsWith("Besok (");
        List<Reply> saved = bot.send("m", "9 Desember");
        assertThat(saved.get(0).html())
                .contains("Tercatat: pemeriksaan kesehatan pada <b>Rabu, 9 Desember 2026</b>")
                .contains("Mau kami ingatkan sehari sebelumnya?");
        assertThat(data(saved.get(0))).contains("j:r1");
        assertThat(bot.state("m").flowName()).isNull();
        store.save(store.find("m").orElseThrow().reminders(true, "tg:m"));
        assertThat(bot.send("m", "/jalur").get(0).html())
                .contains("📅 pemeriksaan kesehatan: Rabu, 9 Desember 2026");

        clock.advance(Duration.ofDays(2)); // Monday 7 December, 10:00 WITA
        assertThat(reminders.sweep()).isZero();
        clock.advance(Duration.ofHours(20)); // Tuesday 8 December, 06:00 WITA
        assertThat(reminders.sweep()).isZero();
        clock.advance(Duration.ofHours(1)); // 07:00 WITA
        assertThat(reminders.sweep()).isEqualTo(1);
        assertThat(sent.get(0).html())
                .contains("Besok, <b>Rabu, 9 Desember 2026</b>: pemeriksaan kesehatan");
        assertThat(reminders.sweep()).isZero();

        // Waiting for that date is not "no progress": no nudge while it is ahead or today.
        clock.advance(Duration.ofDays(1).plusHours(5)); // Wednesday 9 December, 12:00 WITA
        assertThat(reminders.sweep()).isZero();
        clock.advance(Duration.ofDays(4).plusMinutes(1));
        assertThat(reminders.sweep()).isEqualTo(1);
        assertThat(sent.get(1).html()).contains("Pemeriksaan kesehatan");
    }

    @Test
    void aDateButtonInEnglishAndADateGivenTheDayBeforeGetsNoReminder() {
        ConversationFixture bot = atMedicalCheck("n");
        bot.press("n", "lang:en");
        store.save(store.find("n").orElseThrow().reminders(true, "tg:n"));
        List<Reply> asked = bot.press("n", "j:a");
        assertThat(asked.get(0).html()).contains("When is your medical check?");
        List<Reply> saved = bot.press("n", "j:t:20261206");
        assertThat(saved.get(0).html())
                .contains("Saved: your medical check on <b>Sunday, 6 December 2026</b>");
        assertThat(bot.state("n").flowName()).isNull();
        clock.advance(Duration.ofHours(2));
        assertThat(reminders.sweep()).isZero();
        assertThat(store.find("n").orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void aTypedTextThatIsNoDateGoesBackToTheConversation() {
        ConversationFixture bot = atMedicalCheck("q");
        bot.press("q", "j:a");
        assertThat(bot.send("q", "31/2").get(0).html()).contains("tidak bisa kami pakai");
        assertThat(bot.state("q").flowName()).isEqualTo(RouteDates.FLOW);
        bot.send("q", "berapa biaya paspor?");
        assertThat(bot.state("q").flowName()).isNull();
        assertThat(store.find("q").orElseThrow().appointments()).isEmpty();
        // Asked at the medical check, then moved on: a date typed later is not put on another step.
        bot.press("q", "j:a");
        bot.press("q", "j:d:4");
        bot.send("q", "12/1");
        assertThat(bot.state("q").flowName()).isNull();
        assertThat(store.find("q").orElseThrow().appointments()).isEmpty();
    }

    private ConversationFixture atMedicalCheck(String id) {
        ConversationFixture bot = RouteGuideTests.bot(store, clock);
        bot.press(id, "j:c:MY");
        bot.press(id, "j:w:domestic");
        // Registration, training and the steps before them: the medical check is step 5 of 11.
        for (int i = 0; i < 4; i++) {
            bot.press(id, "j:d:" + i);
        }
        List<Reply> step = bot.press(id, "j:s");
        assertThat(step.get(step.size() - 1).html()).contains("Pemeriksaan kesehatan");
        assertThat(labels(step.get(step.size() - 1))).contains("📅 Atur jadwal");
        return bot;
    }

    private static List<String> labels(Reply reply) {
        return reply.keyboard().stream().flatMap(List::stream).map(Reply.Button::label).toList();
    }

    private static List<String> data(Reply reply) {
        return reply.keyboard().stream().flatMap(List::stream).map(Reply.Button::data).toList();
    }
}
