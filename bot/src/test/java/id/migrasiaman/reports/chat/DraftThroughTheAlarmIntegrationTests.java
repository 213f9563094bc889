package id.migrasiaman.reports.chat;

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
 * Found by a black-box trial (trial 18, D13): a Babinsa reported six girls locked in a kos in
 * Oebobo. At the evidence step he described the door ("ada gembok dari luar"); the hotlines came
 * again, he pressed the wrong number, typed /start and got the main menu: the calo report he had
 * written up to its evidence was gone, and "laporan yg tadi sdh masuk?" started an empty one.
 * Nothing typed in a draft is lost; an alarm sets the draft aside, it does not end it.
 */
class DraftThroughTheAlarmIntegrationTests extends TelegramChatTest {

    private static final String STORY =
            "Lapor, sy Babinsa Koramil Kupang Tengah. Di satu kos di belakang pasar Oebobo ada 6"
                    + " nona2 muda dikumpulkan dlm 1 kamar sudah 2 minggu, pintu dikunci dari luar"
                    + " malam hari. Info warga mereka mau dikirim ke Malaysia lewat Tenau";

    private static final String EVIDENCE =
            "foto: pintu kamar kos warna hijau nomor 7, ada gembok dari luar (sy tdk bisa kirim"
                    + " foto, sinyal lemah)";

    @Autowired ReportQueue queue;

    @Test
    void afterTheHotlinesAtTheEvidenceStepStartBringsTheDraftBackWithEverythingHeTyped() {
        BotConversation babinsa = new BotConversation(BOT_API, 864_101);
        atTheEvidenceStep(babinsa);
        babinsa.say(EVIDENCE);

        String start = text(babinsa.say("/start"));
        assertThat(start).contains("laporan yang belum dikirim");
        assertThat(text(babinsa.press("r:resume"))).contains("7/8");
        babinsa.press("r:done");
        String summary = text(babinsa.press("r:contact:no"));
        assertThat(summary).contains("ibu R", "pintu kamar kos warna hijau");
        Report report = queue.find(reportCode(text(babinsa.press("r:send")))).orElseThrow();
        assertThat(report.facts().who()).contains("ibu R");
        assertThat(report.facts().what()).contains("gembok");
    }

    @Test
    void askingWhetherTheReportWentThroughSaysItIsNotSentAndGoesOnWithIt() {
        BotConversation babinsa = new BotConversation(BOT_API, 864_102);
        atTheEvidenceStep(babinsa);
        babinsa.say(EVIDENCE);

        String asked =
                text(babinsa.say("laporan yg tadi sdh masuk atau belum? sy belum tekan kirim"));

        assertThat(asked).contains("belum terkirim", "7/8").doesNotContain("1/8 ");
    }

    /** /lapor, the story (an alarm), back to the report, his answer at "who?", on to 7/8. */
    private static void atTheEvidenceStep(BotConversation babinsa) {
        babinsa.say("/lapor");
        List<JsonNode> alarm = babinsa.say(STORY);
        String step = text(pressLabelled(babinsa, alarm, "Lanjutkan laporan"));
        if (step.contains("1/8")) {
            step = text(babinsa.say("sudah sy tulis di atas"));
        }
        assertThat(step).contains("2/8");
        babinsa.say(
                "pengelola kos ibu R, yg bawa nona2 itu laki2 pake mobil avanza hitam plat DH,"
                        + " warga bilang dia org Malaka");
        String reply = "";
        for (int i = 0; i < 10 && !reply.contains("7/8"); i++) {
            reply = text(babinsa.say("lewati"));
        }
        assertThat(reply).contains("7/8");
    }

    private static List<JsonNode> pressLabelled(
            BotConversation who, List<JsonNode> replies, String label) {
        for (JsonNode reply : replies) {
            for (JsonNode row : reply.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asText().contains(label)) {
                        return who.press(button.path("callback_data").asText());
                    }
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in: " + text(replies));
    }
}
