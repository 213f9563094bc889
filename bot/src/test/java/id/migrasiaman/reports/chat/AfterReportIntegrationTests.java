package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What people say right after sending a report (trial 11): a father's "tolong bantu cari anak sy
 * ya" got the scope refusal (D13), and a reporter's "kapan satgas tindak? anak2 itu berangkat
 * selasa depan" got an offer to report again (D17).
 */
class AfterReportIntegrationTests extends TelegramChatTest {

    @Test
    void aFatherThankingAndAskingForHelpIsToldWhereHisReportIsAndWhatHeCanDo() {
        BotConversation agus = new BotConversation(BOT_API, 742_001);
        agus.say("anak sy di malaysia 3 bln sdh tdk ada kabar");
        agus.press("f:danger:no");
        agus.press("f:offer:yes");
        agus.say("yanto");
        agus.press("f:skip");
        agus.say("om nya yg bawa. lwt kapal");
        agus.press("f:skip");
        agus.press("f:contact:yes");
        String code = reportCode(text(agus.press("f:send")));

        String reply = text(agus.say("terima kasih. tolong bantu cari anak sy ya"));

        assertThat(reply)
                .contains(code, "tidak bisa menjanjikan", "Peduli WNI", "laporan polisi")
                .contains("/status " + code)
                .doesNotContain("Maaf, kami hanya bisa membantu");
    }

    @Test
    void aReporterAskingWhenTheSatgasActsBeforeADepartureIsToldToCallThePoliceNow() {
        BotConversation ima = new BotConversation(BOT_API, 742_002);
        ima.say("/lapor");
        ima.say(
                "Ada ibu2 di Desa Oelpuah kumpul anak muda, kasi uang 5 juta ke orang tua, katanya"
                        + " berangkat minggu depan lewat Bolok");
        ima.say("Mama Ros");
        ima.press("r:kec:0");
        ima.press("r:skip");
        ima.press("r:when:week");
        ima.press("r:dest:MY");
        ima.say("lewat pelabuhan Bolok");
        ima.press("r:victims:2-5");
        ima.press("r:minors:yes");
        ima.press("r:done");
        ima.press("r:contact:no");
        String code = reportCode(text(ima.press("r:send")));

        List<JsonNode> replies = ima.say("kapan satgas tindak? anak2 itu berangkat selasa depan");

        assertThat(text(replies))
                .contains("tidak bisa menjanjikan", "110", "/tambah " + code, "/status " + code)
                .doesNotContain("Mau buat laporan");
    }

    @Test
    void thanksWithoutAReportIsNotTakenForOne() {
        BotConversation someone = new BotConversation(BOT_API, 742_003);
        assertThat(text(someone.say("terima kasih kak"))).doesNotContain("LPR-");
    }
}
