package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Round 15, through Telegram updates: a widow asking who pays to bring her husband's body home got
 * the hotlines and "is anyone in danger now?"; a worker in Hong Kong who wrote that she was not in
 * danger got Indonesia's police number and the same question; after an alarm, a question with more
 * said after it ("Nomor KBRI KL berapa? Saya mau tanya diam-diam.") and "saya tidak dalam bahaya,
 * cuma mau tahu hak saya" were filed into the urgent report instead of answered (trial 15, D8,
 * D10).
 */
class RoundFifteenSafetyIntegrationTests extends TelegramChatTest {

    private static final String IN_DANGER_ID = "Jika Anda dalam bahaya sekarang";
    private static final String QUESTION_ID = "Apakah ada orang dalam bahaya sekarang";
    private static final String QUESTION_EN = "Is anyone in danger right now";
    private static final String ALARM_ID = "Petugas Satgas sudah diberi tahu";
    private static final String ADDED_ID = "Ditambahkan ke laporan darurat";
    private static final String INDONESIAN_POLICE = "Polisi (call center Polri)";

    @Autowired ReportQueue queue;

    @Test
    void aWidowAskingWhoPaysToBringHerHusbandsBodyHomeGetsTheWayHomeNotTheHotlines() {
        BotConversation widow = new BotConversation(BOT_API, 835_001);
        long urgent = queue.urgentWaiting();
        widow.say("beta pung laki meninggal di malaysia minggu lalu");

        String reply = text(widow.say("beta mau bawa pulang dia pung jenazah. siapa yang bayar?"));

        assertThat(reply)
                .contains("BP3MI NTT", "Siapa yang membayar pemulangan jenazah")
                .doesNotContain(IN_DANGER_ID, QUESTION_ID, ALARM_ID, "Kami turut berduka");
        assertNoAlarm(urgent);
    }

    @Test
    void aBodySentHomeInEnglishIsNoDangerEither() {
        BotConversation sister = new BotConversation(BOT_API, 835_002, "en");
        long urgent = queue.urgentWaiting();

        String reply = text(sister.say("who pays to send my brother's coffin home from Malaysia?"));

        assertThat(reply).contains("BP3MI NTT").doesNotContain(QUESTION_EN, QUESTION_ID);
        assertNoAlarm(urgent);
    }

    @Test
    void aChildTakenAwayIsStillAnAlarm() {
        BotConversation mother = new BotConversation(BOT_API, 835_003);

        String reply = text(mother.say("tolong, mereka bawa anak saya ke kapal tadi malam"));

        assertThat(reply).containsAnyOf(ALARM_ID, QUESTION_ID);
    }

    @Test
    void aWorkerInHongKongWhoSaysSheIsNotInDangerIsTakenAtHerWordAndLaterGetsHongKongsNumbers() {
        BotConversation worker = new BotConversation(BOT_API, 835_004);
        long urgent = queue.urgentWaiting();
        worker.say("aku PRT di hong kong");

        String safe = text(worker.say("aku ga dalam bahaya kok, majikan baik"));
        String kupang = text(worker.say("beta sonde bahaya, cuma mau tanya"));
        String help = text(worker.say("tolong kak"));

        assertThat(safe).contains("Syukurlah").doesNotContain(QUESTION_ID, INDONESIAN_POLICE);
        assertThat(kupang).doesNotContain(QUESTION_ID, IN_DANGER_ID);
        assertThat(help).contains("999", "KJRI Hong Kong").doesNotContain("Polisi 110");
        assertNoAlarm(urgent);
    }

    @Test
    void aQuestionWithMoreSaidAfterItIsAnsweredAndOfferedNotFiled() {
        BotConversation worker = new BotConversation(BOT_API, 835_005);
        worker.say("saya di kuala lumpur, majikan kunci saya di kamar, paspor ditahan");

        String asked = text(worker.say("Nomor KBRI KL berapa? Saya mau tanya diam-diam."));
        String kupang = text(worker.say("KBRI pung nomor berapa ko"));

        assertThat(asked)
                .contains("+60 17-668 8032", "Mau pertanyaan ini juga")
                .doesNotContain(ADDED_ID);
        assertThat(kupang).contains("+60 17-668 8032").doesNotContain(ADDED_ID);
    }

    @Test
    void aWorkerWhoSaysAfterTheAlarmThatSheIsNotInDangerMayWithdrawItAndIsNotFiled() {
        BotConversation worker = new BotConversation(BOT_API, 835_006);
        worker.say("majikan kunci saya di kamar, paspor ditahan, saya di kuala lumpur");

        List<JsonNode> replies =
                worker.say(
                        "Saya tidak dalam bahaya sekarang, majikan tidak memukul. Saya cuma mau"
                                + " tahu hak saya.");

        assertThat(text(replies)).contains("tidak dalam bahaya sekarang").doesNotContain(ADDED_ID);
        assertThat(BotConversation.buttonData(replies.get(replies.size() - 1)))
                .anyMatch(data -> data.startsWith(AlarmButtons.PREFIX + "withdraw:"));
    }

    /** No URGENT report opened and nothing in the staff chat. */
    private void assertNoAlarm(long urgentBefore) {
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(StaffChat.messages(BOT_API, STAFF_CHAT)).isEmpty();
    }
}
