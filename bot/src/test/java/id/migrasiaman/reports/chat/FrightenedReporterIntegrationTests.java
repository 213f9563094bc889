package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.buttons;
import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 12 (D14): right after sending his report, Pak Daniel learns the recruiter is family. "aduh
 * sy takut skrg … sy mau tarik laporan itu, bisa ko? atau hapus sy pung nama" got the emergency
 * screen and "is anyone in danger now?"; "sy seng mau petugas hubungi sy lai" got the off-topic
 * refusal. He must hear what happens to a sent report and be able to stop the officers' contact.
 */
class FrightenedReporterIntegrationTests extends TelegramChatTest {

    @Test
    void heAsksToWithdrawAndNotToBeContactedAndIsAnsweredNotAlarmed() {
        BotConversation daniel = new BotConversation(BOT_API, 812_301);
        String code = sentReport(daniel);

        List<JsonNode> withdraw =
                daniel.say(
                        "aduh sy takut skrg. om Bens itu masih keluarga. sy mau tarik laporan itu,"
                                + " bisa ko? atau hapus sy pung nama sa");
        assertThat(text(withdraw))
                .contains("tidak bisa dihapus")
                .contains("Identitas Anda tetap tidak diberikan")
                .doesNotContain("Apakah ada orang dalam bahaya")
                .doesNotContain("Kode darurat");
        assertThat(buttons(withdraw)).contains("rw:" + code);

        List<JsonNode> noContact = daniel.say("sy seng mau petugas hubungi sy lai");
        assertThat(text(noContact))
                .contains("tidak menghubungi Anda lagi")
                .doesNotContain("Maaf, kami hanya bisa membantu");
        assertThat(buttons(noContact)).contains("e:nocontact:" + code);
    }

    @Test
    void inEnglishTooHeCanRemoveHisNameAndStopTheContact() {
        BotConversation daniel = new BotConversation(BOT_API, 812_302, "en");
        String code = sentReport(daniel);

        List<JsonNode> withdraw =
                daniel.say("I am scared now, he is my relative. Can I remove my name from it?");
        assertThat(text(withdraw))
                .contains("cannot be deleted")
                .doesNotContain("Is anyone in danger")
                .doesNotContain("emergency code");
        assertThat(buttons(withdraw)).contains("rw:" + code);

        List<JsonNode> noContact = daniel.say("please don't contact me any more");
        assertThat(text(noContact)).contains("do not contact you again");
        assertThat(buttons(noContact)).contains("e:nocontact:" + code);
    }

    @Test
    void aMotherWhoseSonCannotBeReachedIsNotOfferedToStopTheContact() {
        assertThat(ReportWithdrawal.noContact("anak sy tidak bisa dihubungi 3 bulan")).isFalse();
        assertThat(ReportWithdrawal.noContact("sy tidak telpon dia")).isFalse();
        assertThat(ReportWithdrawal.noContact("jangan hubungi saya lagi")).isTrue();
    }

    private static String sentReport(BotConversation reporter) {
        reporter.say("/lapor");
        reporter.say(
                "om Bens kumpul anak muda di desa, janji kerja kebun di malaysia tanpa paspor");
        reporter.say("Om Bens, HP 0812");
        reporter.press("r:kec:0");
        reporter.press("r:skip");
        reporter.press("r:when:week");
        reporter.press("r:dest:MY");
        reporter.press("r:skip");
        reporter.press("r:victims:2-5");
        reporter.press("r:minors:no");
        reporter.press("r:done");
        reporter.press("r:contact:yes");
        String sent = text(reporter.press("r:send"));
        return reportCode(sent);
    }
}
