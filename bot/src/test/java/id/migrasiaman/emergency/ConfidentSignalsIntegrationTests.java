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
 * Through Telegram updates, one case per kind added in the seventh tuning round (safety7): an
 * emergency told calmly raises the staff alarm directly (hotlines first, the staff chat alerted
 * within 10 s), and a message with the same words in everyday use raises no alarm and is not asked
 * "Apakah ada orang dalam bahaya sekarang?". Before this round each emergency got only the hotlines
 * and the question, and most of the everyday messages were asked it.
 */
class ConfidentSignalsIntegrationTests extends TelegramChatTest {

    private static final AtomicLong CHAT = new AtomicLong(846_000);

    @Autowired ReportQueue queue;

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(
                        "a boat overdue",
                        "kapal ikan om saya belum kembali ke pelabuhan Oeba sudah sepuluh hari",
                        "kapal ikan om saya telat karena angin, tapi sudah sandar di Oeba, aman"),
                Arguments.of(
                        "an engine gone with people aboard",
                        "the engine has stopped on our longboat off Alor, there are 9 of us",
                        "help, the engine of my scooter died near Oesao, any bengkel open?"),
                Arguments.of(
                        "a sick crew member kept at sea",
                        "my brother on a squid boat broke his leg and the captain says keep working",
                        "my brother broke his leg playing football, which clinic is open now?"),
                Arguments.of(
                        "stranded by an agent who does not come",
                        "we are 5 workers at KLIA, the agent who was supposed to pick us up is not"
                                + " answering",
                        "my flight to Jakarta is delayed, is there a cafe at El Tari airport?"),
                Arguments.of(
                        "custody and immigration depots",
                        "beta pung kaka ada di depo imigresen Tawau su tiga minggu",
                        "beta pung paspor masi di kantor imigrasi lagi diproses, kapan jadi?"),
                Arguments.of(
                        "a child gone, taken by a stranger",
                        "anak tetangga (14 thn) dibawa orang tak dikenal ke Tenau pagi ini",
                        "anak saya 14 tahun belum pulang, masih latihan voli di sekolah"),
                Arguments.of(
                        "a turn from the past to now",
                        "dulu dia sudah pulang dengan selamat, tapi sekarang agen baru tahan"
                                + " paspornya di Batam",
                        "dulu waktu di Malaysia saya pernah minta tolong KBRI, sekarang sudah"
                                + " pulang dan aman"),
                Arguments.of(
                        "a door shut by a boss",
                        "gaji saya 5 bulan belum dibayar, kalau saya minta pulang bos marah dan"
                                + " kunci pintu",
                        "dong kunci pintu gereja jam sembilan malam"),
                Arguments.of(
                        "a year long past, a laugh, an everyday errand",
                        "I'm in Jeddah, my madam keeps my passport and I am not allowed out",
                        "my grandfather was detained for a day in Tawau in 1998, where can I read"
                                + " about that time?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theEmergencyRaisesTheAlarmAndTheEverydayUseAsksNothing(
            String kind, String emergency, String everyday) {
        BotConversation user = new BotConversation(BOT_API, CHAT.incrementAndGet());

        AlarmChecks alarms = new AlarmChecks(BOT_API, STAFF_CHAT, queue);
        alarms.raised(user.say(emergency), kind);
        alarms.noAlarmFor(
                new BotConversation(BOT_API, CHAT.incrementAndGet()), everyday, kind, true);
    }
}
