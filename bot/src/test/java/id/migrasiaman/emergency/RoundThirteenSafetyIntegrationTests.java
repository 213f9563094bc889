package id.migrasiaman.emergency;

import static id.migrasiaman.conversation.ReplyTexts.text;
import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.IncomingMessage;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Round 13, from trial 12's stories, through the whole application: a reporter who asks what will
 * happen to the person reported is answered, never filed as a new emergency (D15); a job ad pasted
 * without the "Cek tawaran" button gets the offer check, never a staff alarm; a fisherman writing
 * from the boat himself is told what he can do, before what his family can do (D28).
 */
class RoundThirteenSafetyIntegrationTests extends TelegramChatTest {

    private static final String ALARM_ID = "Petugas Satgas sudah diberi tahu";
    private static final String ALARM_EN = "Task-force staff have been alerted";
    private static final String QUESTION_ID = "Apakah ada orang dalam bahaya sekarang";
    private static final String QUESTION_EN = "Is anyone in danger right now";

    @Autowired ConversationService conversations;

    @Autowired ReportQueue queue;

    @Test
    void aKupangReporterAskingWhetherThePoliceWillArrestTheBrokerIsAnsweredNotAlarmed() {
        BotConversation daniel = new BotConversation(BOT_API, 821_001);
        String code = report(daniel);
        daniel.say("/tambah " + code);
        daniel.say("ada foto dia pung mobil di depan rumah");
        daniel.press("a:done");

        String reply =
                text(
                        daniel.say(
                                "trus habis ini apa yg terjadi? polisi datang tangkap dia ko? brp lama?"));

        assertThat(reply)
                .contains("tidak bisa menjanjikan", "110", "/status " + code)
                .doesNotContain(ALARM_ID, QUESTION_ID, "Kode darurat");
        assertThat(text(daniel.say("/laporan"))).doesNotContain("Darurat");
    }

    @Test
    void anEnglishReporterAskingWhetherTheRecruiterWillGoToJailIsAnsweredNotAlarmed() {
        BotConversation sarah = new BotConversation(BOT_API, 821_002, "en");
        report(sarah);

        String reply =
                text(
                        sarah.say(
                                "What happens now? Will the police arrest him? Could he go to jail"
                                        + " and how long does it take?"));

        assertThat(reply)
                .contains("cannot promise", "110", "/status")
                .doesNotContain(ALARM_EN, QUESTION_EN, ALARM_ID);
    }

    @Test
    void anIndonesianWhoSaysSheReportedAndAsksAboutPunishmentIsAnsweredNotAlarmed() {
        List<Reply> replies =
                send(
                        "821_ina",
                        "Saya sudah melaporkan perekrut itu kemarin. Apakah dia akan ditangkap dan"
                                + " dihukum penjara? Berapa lama prosesnya?");

        assertThat(text(replies))
                .contains("tidak bisa menjanjikan", "110")
                .doesNotContain(ALARM_ID, QUESTION_ID);
        assertThat(queue.recentUrgent("821_ina", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void someoneAskingWhereToReportABrokerPoliceOrLabourOfficeGetsHowToReport() {
        List<Reply> replies =
                send(
                        "821_where",
                        "kalau mau lapor perekrut ilegal, ke kantor polisi atau ke disnaker?");

        // How to report (the topic's own "we cannot promise a result" is fine); never what
        // happens after a report, nor an alarm.
        assertThat(text(replies))
                .contains("Cara melaporkan calo", "/lapor")
                .doesNotContain("Sesudah laporan", ALARM_ID);
        assertThat(queue.recentUrgent("821_where", Duration.ofHours(1))).isEmpty();
    }

    @Test
    void anArrestToldAsDoneOrFearedByTheWriterIsStillDanger() {
        List<Reply> husband =
                send(
                        "821_istri",
                        "sy sudah lapor ke bot ini. suami sy ditangkap polisi malaysia tadi pagi,"
                                + " skrg ditahan, apa yg harus sy buat?");
        List<Reply> self =
                send(
                        "821_takut",
                        "I reported my agent. Now the police in Johor are looking for me, will they"
                                + " arrest me tonight?");

        // still read as danger: the alarm, the danger question, or the missions for someone who
        // fears arrest abroad; never the answer about what happens after a report
        assertThat(text(husband))
                .containsAnyOf(ALARM_ID, QUESTION_ID, "KBRI", "KJRI")
                .doesNotContain("Sesudah laporan");
        assertThat(text(self))
                .containsAnyOf(
                        ALARM_EN, QUESTION_EN, ALARM_ID, QUESTION_ID, "Embassy", "KBRI", "KJRI")
                .doesNotContain("After a report", "Sesudah laporan");
    }

    @Test
    void aKupangJobAdPastedWithoutTheButtonGetsTheOfferCheckNotAnAlarm() {
        List<Reply> replies =
                send(
                        "821_iklan_mkn",
                        "INFO KARJA MALAYSIA!! dibutuhkan 10 orang laki2 deng nona2 kerja kilang di"
                                + " Kuching, gaji 2 juta per bulan. son usa bayar dolo, potong gaji"
                                + " sa. cukup bawa KTP sa, paspor nanti katong urus. brangkat lewat"
                                + " Entikong minggu depan. hubungi kaka Yanto WA 0813xxxx");

        assertOfferCheckWithoutAlarm("821_iklan_mkn", replies);
    }

    @Test
    void anIndonesianAndAnEnglishJobAdPastedWithoutTheButtonGetTheOfferCheckNotAnAlarm() {
        List<Reply> indonesian =
                send(
                        "821_iklan_id",
                        "LOWONGAN KERJA KE KUCHING. Dibutuhkan pekerja kebun sawit, gaji Rp 4 juta,"
                                + " tanpa biaya di depan, cukup bawa KTP dan KK, paspor diurus agen,"
                                + " berangkat bulan depan lewat Entikong. Hubungi Pak Rudi WA"
                                + " 0812xxxx.");
        List<Reply> english =
                send(
                        "821_iklan_en",
                        "URGENT HIRING: 20 factory workers needed in Kuching, Malaysia. Salary RM"
                                + " 1,800. No need to pay first, fees deducted from salary. Just bring"
                                + " your ID card, passport arranged by us. Departure next week."
                                + " Contact brother Yanto on WhatsApp.");

        assertOfferCheckWithoutAlarm("821_iklan_id", indonesian);
        assertOfferCheckWithoutAlarm("821_iklan_en", english);
    }

    @Test
    void aFishermanWritingFromTheBoatIsToldWhatHeCanDoBeforeWhatHisFamilyCanDo() {
        List<Reply> replies =
                send(
                        "821_abk",
                        "sy ABK di kapal ikan taiwan, skrg di laut dekat somalia. kapten ambil"
                                + " paspor. sinyal cuma kadang2. sy baik2 saja tp mau turun di"
                                + " pelabuhan berikut, bagaimana?");

        String all = text(replies);
        assertThat(all).contains("0811-8080-141", "pelabuhan berikut", "Safe Travel", "1955");
        assertThat(all.indexOf("Yang bisa Anda lakukan sendiri"))
                .as("his own steps come first")
                .isGreaterThanOrEqualTo(0)
                .isLessThan(all.indexOf("Kalau keluarga atau teman menulis untuk Anda"));
        assertThat(all).doesNotContain("Dari Indonesia, keluarga bisa menghubungi");
    }

    @Test
    void aWifeWritingForAFishermanStillGetsTheFamilysText() {
        List<Reply> replies =
                send(
                        "821_abk_istri",
                        "suami sy ABK di kapal ikan dekat Fiji, kapten pukul dia dan ambil paspornya,"
                                + " tolong");

        assertThat(text(replies))
                .contains("Dari Indonesia, keluarga bisa menghubungi")
                .doesNotContain("Yang bisa Anda lakukan sendiri");
    }

    @Test
    void aSisterWhoseSisterMessagedHerIsToldWhatToDoForHerNotToShareHerOwnLocation() {
        List<Reply> replies =
                send(
                        "821_sister",
                        "Hi, I'm writing from Kupang. My sister works as a maid in Singapore. She"
                                + " messaged me that her employer has locked her inside the flat and"
                                + " took her phone. What should I do?");

        assertThat(text(replies))
                .contains("999", ALARM_EN, "If your relative or friend is in danger now")
                .doesNotContain("Share your location");
    }

    private void assertOfferCheckWithoutAlarm(String id, List<Reply> replies) {
        String all = text(replies);
        assertThat(all)
                .doesNotContain(
                        ALARM_ID, ALARM_EN, QUESTION_ID, QUESTION_EN, "Nomor bantuan resmi");
        assertThat(queue.recentUrgent(id, Duration.ofHours(1))).isEmpty();
        // The offer check's verdict: the warning signs it found (or that it found none it knows).
        assertThat(all).containsAnyOf("tanda bahaya", "warning signs");
    }

    private String report(BotConversation reporter) {
        reporter.say("/lapor");
        reporter.say(
                "ada om di desa Noelbaki kumpul anak muda, bilang kerja kebun sawit di malaysia,"
                        + " minta uang 1,5 juta per orang");
        reporter.say("Om Bens");
        reporter.press("r:kec:0");
        reporter.press("r:skip");
        reporter.press("r:when:week");
        reporter.press("r:dest:MY");
        reporter.say("lewat pelabuhan Tenau");
        reporter.press("r:victims:2-5");
        reporter.press("r:minors:no");
        reporter.press("r:done");
        reporter.press("r:contact:no");
        return reportCode(text(reporter.press("r:send")));
    }

    private List<Reply> send(String id, String text) {
        return conversations.handle(IncomingMessage.ofText(id, id, text));
    }
}
