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
 * Trial 13's over-triggered emergency screens, through Telegram updates: a debt to a calo, a death
 * that already happened, the fear of losing a job, being poor, and a volunteer's referral each got
 * the whole emergency block ("Jika Anda dalam bahaya sekarang … hapus percakapan ini"), twice with
 * a staff alarm (D4, D19, D25, D36, D39). Each is answered as what it is, and staff are not
 * alerted. A man leaving for Cambodia who asks whom to call there got Malaysia's numbers (D12).
 */
class EverydayWorriesIntegrationTests extends TelegramChatTest {

    private static final String IN_DANGER_ID = "Jika Anda dalam bahaya sekarang";
    private static final String DELETE_ID = "hapus percakapan ini";
    private static final String QUESTION_ID = "Apakah ada orang dalam bahaya sekarang";
    private static final String QUESTION_EN = "Is anyone in danger right now";
    private static final String ALARM_ID = "Petugas Satgas sudah diberi tahu";
    private static final String ALARM_EN = "Task-force staff have been alerted";

    @Autowired ReportQueue queue;

    @Test
    void aDeporteeWhoseCaloOffersToClearHisDebtIfHeGoesAgainIsToldItIsDebtBondage() {
        BotConversation deportee = new BotConversation(BOT_API, 829_001);
        long urgent = queue.urgentWaiting();
        deportee.say(
                "selamat pagi. sy tahun lalu dideportasi dari malaysia, skrg mau balik kerja tp yg"
                        + " resmi. bisa kah?");

        String reply =
                text(
                        deportee.say(
                                "sy masih utang di calo 6 juta, dia bilang kalo sy pi lagi lewat"
                                        + " dia, utang lunas. bagaimana?"));

        assertThat(reply)
                .contains("jeratan utang", "Pasal 30", "/lapor")
                .doesNotContain(IN_DANGER_ID, DELETE_ID, QUESTION_ID, ALARM_ID);
        assertNoAlarm(urgent);
    }

    @Test
    void aWidowWhoseHusbandDiedInSabahLastWeekGetsCondolenceAndWhatTheFamilyCanDo() {
        BotConversation widow = new BotConversation(BOT_API, 829_002);
        long urgent = queue.urgentWaiting();
        widow.say("sore kaka");

        String reply =
                text(
                        widow.say(
                                "beta pung laki meninggal di malaysia minggu lalu, di kebun sawit"
                                        + " sabah"));

        assertThat(reply)
                .contains("berduka", "BP3MI NTT", "KJRI Kota Kinabalu", "Konsulat RI Tawau")
                .contains("0-800-1000")
                .doesNotContain(IN_DANGER_ID, DELETE_ID, QUESTION_ID, ALARM_ID, "Johor");
        assertNoAlarm(urgent);
    }

    @Test
    void aWorkerInHongKongAfraidOfBeingTerminatedIsNotTreatedAsInDanger() {
        BotConversation worker = new BotConversation(BOT_API, 829_003);
        long urgent = queue.urgentWaiting();
        worker.say("kak maaf malam2. aku kerja di hong kong udah 5 bulan");
        worker.say(
                "agency potong gaji aku tiap bulan buat bayar loan, katanya biaya penempatan. total"
                        + " hampir HK$ 20000");

        List<JsonNode> replies =
                worker.say("is that legal? aku takut kalau komplain nanti di terminate majikan");

        assertThat(replies).isNotEmpty();
        assertThat(text(replies))
                .doesNotContain(IN_DANGER_ID, DELETE_ID, QUESTION_ID, QUESTION_EN, ALARM_ID)
                .doesNotContain("Nomor bantuan resmi", "Polisi (call center Polri)");
        assertNoAlarm(urgent);
    }

    @Test
    void aVolunteerReferringAWomanInSarawakWithAHeldPassportIsAskedAndToldWhatToPassOn() {
        BotConversation volunteer = new BotConversation(BOT_API, 829_004, "en");
        long urgent = queue.urgentWaiting();
        volunteer.say("Hi, I'm a journalist writing about migrant workers from NTT");

        String reply =
                text(
                        volunteer.say(
                                "I'm also a volunteer with a foreign NGO. A woman from Kupang"
                                        + " contacted us from Sarawak, her employer keeps her"
                                        + " passport. How do I refer her case?"));

        assertThat(reply)
                .contains("KJRI Kuching", "+62 812 9007 0027", "0811-8080-141", "passport number")
                .contains(QUESTION_EN)
                .doesNotContain(ALARM_EN, ALARM_ID, "Johor", "Tawau", "Kode darurat");
        assertNoAlarm(urgent);
    }

    @Test
    void aPoorJobSeekerAskingTheCostIsToldTheCostNotGivenTheEmergencyBlock() {
        BotConversation seeker = new BotConversation(BOT_API, 829_005);
        long urgent = queue.urgentWaiting();
        seeker.say("I want to work in Singapore as a caregiver. What are the steps?");

        String reply = text(seeker.say("trus biayanya berapa? beta sonde punya doi banyak"));

        assertThat(reply)
                .containsAnyOf("biaya", "Biaya", "gratis", "Rp")
                .doesNotContain(IN_DANGER_ID, DELETE_ID, QUESTION_ID, QUESTION_EN, ALARM_ID)
                .doesNotContain("Nomor bantuan resmi");
        assertNoAlarm(urgent);
    }

    @Test
    void aManLeavingForCambodiaWhoAsksWhomToCallThereGetsCambodiasHelpNotMalaysias() {
        BotConversation traveller = new BotConversation(BOT_API, 829_006);
        traveller.say(
                "bro ada tawaran kerja di kamboja, customer service admin crypto, gaji 15 juta");
        traveller.say("dapat dari grup telegram. pake visa turis aja katanya nanti di sana diurus");

        String reply = text(traveller.say("kalau sampai sana ada masalah beta hubungi siapa?"));

        assertThat(reply)
                .contains("KBRI Phnom Penh", "+62 812 9007 0027", "Safe Travel", "lapor diri")
                .doesNotContain("+60 17-668 8032", "KJRI Hong Kong", "1955");
    }

    @Test
    void aRealEmergencyTypedInsideTheReportFormStillRaisesTheAlarm() {
        BotConversation mother = new BotConversation(BOT_API, 829_007);
        mother.say("/lapor");
        mother.say("ada calo di desa kami cari anak muda untuk kerja di malaysia");

        String reply =
                text(
                        mother.say(
                                "tolong, anak saya dikunci majikan di johor sekarang, paspornya"
                                        + " diambil"));

        assertThat(reply).contains(ALARM_ID, "999");
    }

    /** No URGENT report opened and nothing in the staff chat. */
    private void assertNoAlarm(long urgentBefore) {
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(StaffChat.messages(BOT_API, STAFF_CHAT)).isEmpty();
    }
}
