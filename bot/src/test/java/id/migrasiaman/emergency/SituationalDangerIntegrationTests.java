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
 * Through Telegram updates, one case per kind of harm told as a situation (the fifth tuning round,
 * {@code Plights}): told calmly inside the report flow, in English, Indonesian or Kupang Malay and
 * in the first or third person, it raises the alarm with the hotlines first and the staff chat
 * alerted within 10 s; a message that uses the same words in everyday use raises no alarm. Before
 * this round each of these emergencies only got the hotlines and the one-tap question.
 */
class SituationalDangerIntegrationTests extends TelegramChatTest {

    private static final AtomicLong CHAT = new AtomicLong(737_000);

    @Autowired ReportQueue queue;

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(
                        "care refused",
                        "my aunt in Penang has a high fever and her employer refuses to bring her"
                                + " to a clinic",
                        "my aunt has a high fever, which clinic in Kupang opens on Sunday?"),
                Arguments.of(
                        "trapped",
                        "beta pung sodara bilang dia son bisa lari, majikan jaga pintu pagar",
                        "beta son bisa pi mana-mana hari ni, ujan lebat"),
                Arguments.of(
                        "starved",
                        "the family she works for has stopped feeding her since Monday",
                        "I stopped feeding my cat dry food, is wet food better?"),
                Arguments.of(
                        "abandoned",
                        "kami 9 orang di kontainer dekat perbatasan, sopirnya pergi dari subuh",
                        "berapa biaya kirim kontainer dari Surabaya ke Kupang?"),
                Arguments.of(
                        "hiding from a pursuer",
                        "I am hiding in a mosque near the port, the agent is searching for me",
                        "the kids are hiding the Easter eggs in the garden"),
                Arguments.of(
                        "night intrusion",
                        "the employer's son comes into my cousin's room every night",
                        "our cat comes into the room every night and wakes the baby"),
                Arguments.of(
                        "a boat in danger",
                        "kami di perahu, tidak tahu mau dibawa ke mana, tekong ambil semua hp",
                        "saya naik kapal ke Alor besok, tiketnya beli di mana?"),
                Arguments.of(
                        "detention",
                        "my husband has been in the Sandakan detention for two weeks now",
                        "my son got detention after school for forgetting his homework"),
                Arguments.of(
                        "a guard at the door",
                        "we are in a flat in Bangkok, there are guards at the door day and night",
                        "the guard at the door of the bank asked me to take off my helmet"),
                Arguments.of(
                        "a crossing",
                        "sepupu saya di Nunukan mau diseberangkan malam ini tanpa dokumen",
                        "besok kami seberang ke Semau untuk pesta nikah"),
                Arguments.of(
                        "a child moved",
                        "keponakan saya (15) pergi dengan sponsor tadi sore, hpnya tidak aktif",
                        "anak saya (15) pergi dengan teman ke pantai tadi sore"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void toldCalmlyInsideTheReportFlowItRaisesTheAlarmAndEverydayUseDoesNot(
            String kind, String emergency, String everyday) {
        BotConversation user = new BotConversation(BOT_API, CHAT.incrementAndGet());
        user.say("/lapor");
        user.say("Seorang calo di Oesao menawarkan kerja ke luar negeri");

        AlarmChecks alarms = new AlarmChecks(BOT_API, STAFF_CHAT, queue);
        alarms.raised(user.say(emergency), kind);
        // Some everyday uses still get the one-tap danger question (cheap, two-tier): no alarm.
        alarms.noAlarmFor(
                new BotConversation(BOT_API, CHAT.incrementAndGet()), everyday, kind, false);
    }
}
