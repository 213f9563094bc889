package id.migrasiaman.emergency;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through Telegram updates, one case per kind the eighth tuning round added (danger.tsv's "Round 8"
 * header): told calmly by a new user, it raises the alarm with the hotlines first and the staff
 * chat alerted within 10 s; a message with the same words in everyday use raises no alarm (and,
 * where marked, is not even asked). Before this round each of these emergencies only got the
 * hotlines and the one-tap question, or nothing.
 */
class RoundEightDangerIntegrationTests extends TelegramChatTest {

    private static final AtomicLong CHAT = new AtomicLong(738_000);

    @Autowired ReportQueue queue;

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(
                        "a returned worker, a friend held now",
                        "I got home from Kuching safely last month, but my friend who stayed is"
                                + " still there and the boss keeps her locked in the house",
                        "I got home from Kuching safely last month, my friend who stayed is doing"
                                + " well and just got promoted",
                        false),
                Arguments.of(
                        "despair at sea",
                        "abang sy ABK di kapal taiwan, sudah 16 bulan tidak sandar, semalam dia"
                                + " bilang mau lompat ke laut saja",
                        "abang sy ABK di kapal, katanya pengen lompat ke kolam renang sama"
                                + " anak-anak kalau pulang nanti",
                        false),
                Arguments.of(
                        "an unsafe boat",
                        "my cousin is on a fishing boat to Sabah tonight, overloaded, no life"
                                + " jackets, the skipper told them to stay down and keep quiet",
                        "took a ferry to Alor with my cousin, full of tourists, everyone had life"
                                + " jackets, so fun",
                        false),
                Arguments.of(
                        "a witness at a terminal",
                        "beta ada di terminal Kupang sakarang, ada om dong tarik ana-ana nona naik"
                                + " oto, dong manangis",
                        "beta ada di terminal Kupang sakarang, tunggu oto pi Soe, rame skali",
                        false),
                Arguments.of(
                        "an exit fee",
                        "suami saya di kompleks di kamboja, bos bilang kalau mau pulang harus"
                                + " bayar 40 juta dulu",
                        "kalau mau pulang cuti harus bayar tiket sendiri ya?",
                        false),
                Arguments.of(
                        "a child gone with strangers",
                        "anak saya umur 14 pergi sama orang yang tidak kami kenal, sudah tiga hari"
                                + " tidak pulang",
                        "tolong bantu angkat kursi par ibadah di rumah duka malam ni",
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void toldCalmlyItRaisesTheAlarmAndEverydayUseDoesNot(
            String kind, String emergency, String everyday, boolean notAsked) {
        BotConversation user = new BotConversation(BOT_API, CHAT.incrementAndGet());
        AlarmChecks alarms = new AlarmChecks(BOT_API, STAFF_CHAT, queue);
        alarms.raised(user.say(emergency), kind);
        alarms.noAlarmFor(
                new BotConversation(BOT_API, CHAT.incrementAndGet()), everyday, kind, notAsked);
    }
}
