package id.migrasiaman.family;

import static id.migrasiaman.telegram.BotReplies.REPORT_CODE;
import static id.migrasiaman.telegram.BotReplies.buttons;
import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 12 (D22): a grandmother in Amfoang whose grandson abroad cannot be reached can only press
 * buttons. She pressed "⏭ Lewati" at every question and "Kirim": a completely empty report was sent
 * and she was told "Laporan terkirim", believing help was on the way. The questions whose answers
 * are few now have answer buttons, and an empty report is never sent.
 */
class FamilyButtonsOnlyIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void skippingEveryQuestionSendsNothingAndTellsHerHowToSayItWithoutTyping() {
        BotConversation oma = new BotConversation(BOT_API, 812_201);
        oma.say("/start");
        oma.press("m:family");
        oma.press("f:danger:no");
        oma.press("f:offer:yes");
        for (int question = 0; question < 5; question++) {
            oma.press("f:skip");
        }
        List<JsonNode> summary = oma.press("f:contact:yes");
        String said = text(summary);
        assertThat(said)
                .contains("Laporan ini masih kosong")
                .contains("pesan suara")
                .contains("0-800-1000")
                .doesNotContain("Laporan terkirim");
        assertThat(buttons(summary)).doesNotContain("f:send").contains("f:again");

        // The old "Kirim" button of an earlier summary sends nothing either.
        String stale = text(oma.press("f:send"));
        assertThat(stale).doesNotContain("Laporan terkirim");
        assertThat(REPORT_CODE.matcher(said + stale).find()).isFalse();

        // "Isi lagi" asks the first question again.
        assertThat(text(oma.press("f:again"))).contains("1/5");
    }

    @Test
    void sheAnswersTheCountryTheLastNewsAndTheProblemWithButtons() {
        BotConversation oma = new BotConversation(BOT_API, 812_202);
        oma.say("/start");
        oma.press("m:family");
        oma.press("f:danger:no");
        oma.press("f:offer:yes");
        List<JsonNode> country = oma.press("f:skip");
        assertThat(text(country)).contains("2/5");
        assertThat(buttons(country)).contains("f:a:MY", "f:a:SG", "f:a:HK", "f:a:TW", "f:skip");
        oma.press("f:a:MY");
        List<JsonNode> last = oma.press("f:skip");
        assertThat(buttons(last)).contains("f:a:weeks", "f:a:months", "f:a:long");
        List<JsonNode> problem = oma.press("f:a:long");
        assertThat(text(problem)).contains("Apa masalahnya");
        assertThat(buttons(problem)).contains("f:a:unreachable", "f:a:unpaid", "f:a:home");
        oma.press("f:a:unreachable");
        String summary = text(oma.press("f:contact:yes"));
        assertThat(summary)
                .contains("Malaysia")
                .contains("Lebih dari 6 bulan lalu")
                .contains("Tidak bisa dihubungi");

        String sent = text(oma.press("f:send"));
        assertThat(sent).contains("Laporan terkirim").contains("menghubungi Anda");
        String code = reportCode(sent);
        Report report = queue.find(code).orElseThrow();
        // The last news goes to the report's "when" (FamilyReports); the problem to "what".
        assertThat(report.facts().what()).contains("Tidak bisa dihubungi").contains("Malaysia");
    }

    @Test
    void anEnglishSpeakingRelativeGetsTheSameButtonsAndTheSameGuard() {
        BotConversation cousin = new BotConversation(BOT_API, 812_203, "en");
        cousin.say("/start");
        cousin.press("m:family");
        cousin.press("f:danger:no");
        cousin.press("f:offer:yes");
        List<JsonNode> country = cousin.press("f:skip");
        assertThat(buttons(country)).contains("f:a:MY", "f:a:HK");
        cousin.press("f:skip");
        cousin.press("f:skip");
        cousin.press("f:skip");
        cousin.press("f:skip");
        String summary = text(cousin.press("f:contact:no"));
        assertThat(summary)
                .contains("still empty")
                .contains("voice message")
                .doesNotContain("Report sent");
    }
}
