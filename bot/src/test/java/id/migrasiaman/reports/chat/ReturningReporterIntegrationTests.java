package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.REPORT_CODE;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Trial 15 (D4, D11): a woman reported a calo last week and comes back in her own words. "beta mau
 * lia laporan beta su sampe mana" opened a NEW report with her question stored as what happened,
 * and "beta lupa kode nya" as who the calo is; a mother who had just sent a report asked "laporan
 * sa su sampe mana?" and got the "how to report a calo" card. Both must see their own reports with
 * their status, as /laporan shows them, and nothing new may be opened.
 */
class ReturningReporterIntegrationTests extends TelegramChatTest {

    private static final String NEW_REPORT_QUESTION = "Siapa orangnya";
    private static final String OFFER_TO_REPORT = "Mau buat laporan";

    @Test
    void aReporterWhoComesBackInKupangMalaySeesHerReportNotANewForm() {
        BotConversation reporter = new BotConversation(BOT_API, 840_001);
        String code = sentReport(reporter);

        for (String typed :
                List.of(
                        "selamat sore, minggu lalu beta su lapor calo di sini",
                        "beta mau lia laporan beta su sampe mana",
                        "beta lupa kode nya")) {
            String reply = text(reporter.say(typed));
            assertThat(reply)
                    .as(typed)
                    .contains(code, "/tambah")
                    .doesNotContain(NEW_REPORT_QUESTION, OFFER_TO_REPORT, "Cara melaporkan calo");
        }
        assertThat(codesIn(text(reporter.say("/laporan")))).containsExactly(code);
    }

    @Test
    void aMotherWhoJustSentAReportAndAsksHowFarItGotSeesItsStatus() {
        BotConversation mother = new BotConversation(BOT_API, 840_002);
        String code = sentReport(mother);

        String reply = text(mother.say("laporan sa su sampe mana?"));

        assertThat(reply).contains(code, "Diterima").doesNotContain("Cara melaporkan calo");
    }

    @Test
    void someoneWithoutAReportIsToldSoAndNotShownAnythingElse() {
        BotConversation stranger = new BotConversation(BOT_API, 840_003);

        assertThat(text(stranger.say("laporan saya sudah sampai mana?")))
                .contains("Belum ada laporan")
                .doesNotContain("LPR-");
        // Someone who says they already reported, with no report here, is not told about reports.
        assertThat(text(stranger.say("saya sudah lapor calo itu minggu lalu")))
                .doesNotContain("Belum ada laporan", "Laporan Anda");
    }

    private static String sentReport(BotConversation reporter) {
        reporter.say("/lapor");
        reporter.say("Om Marten kumpul nona-nona di Oesao, janji kerja restoran di malaysia");
        reporter.say("Om Marten, rumah dekat pasar Oesao");
        reporter.press("r:kec:0");
        reporter.press("r:skip");
        reporter.press("r:when:week");
        reporter.press("r:dest:MY");
        reporter.press("r:skip");
        reporter.press("r:victims:2-5");
        reporter.press("r:minors:no");
        reporter.press("r:done");
        reporter.press("r:contact:no");
        String sent = text(reporter.press("r:send"));
        List<String> codes = codesIn(sent);
        assertThat(codes).as("report code in " + sent).isNotEmpty();
        return codes.get(0);
    }

    private static List<String> codesIn(String text) {
        Matcher m = REPORT_CODE.matcher(text);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            if (!codes.contains(m.group())) {
                codes.add(m.group());
            }
        }
        return codes;
    }
}
