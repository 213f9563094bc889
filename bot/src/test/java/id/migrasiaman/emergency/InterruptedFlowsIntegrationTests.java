package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import id.migrasiaman.telegram.BotReplies;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A message about danger typed inside a flow (the report, a story, adding to a report) or edited
 * afterwards: hotlines in the first reply, the staff chat alerted within 10 s, and the interrupted
 * flow resumes where it was with nothing lost. On main such messages were stored as answers.
 */
class InterruptedFlowsIntegrationTests extends TelegramChatTest {

    private static final String DANGER = "anak saya dikunci, paspornya diambil, tolong!";

    @Autowired ReportQueue queue;

    @Test
    void dangerAtTheReportsWhoStepInterruptsAndTheReportResumes() {
        BotConversation user = new BotConversation(BOT_API, 720_001);
        user.say("/lapor");
        user.say("Ada calo tawarkan kerja di Malaysia tanpa biaya");

        List<JsonNode> replies = user.say(DANGER);

        String urgentCode = alarmed(replies);
        assertThat(replies.get(replies.size() - 1).path("text").asText()).contains(urgentCode);
        assertThat(BotConversation.buttonData(replies.get(replies.size() - 1)))
                .contains("em:resume");
        Report urgent = queue.find(urgentCode).orElseThrow();
        assertThat(urgent.priority()).isEqualTo(Priority.URGENT);
        assertThat(urgent.messages()).anySatisfy(m -> assertThat(m.text()).isEqualTo(DANGER));

        List<JsonNode> resumed = user.press("em:resume");
        assertThat(text(resumed)).contains("Siapa orangnya?");
        user.say("Om Beni, 081234567890");
        List<JsonNode> last = List.of();
        for (int i = 0; i < 14 && !text(last).contains("Ringkasan"); i++) {
            last = user.press("r:skip");
        }
        // The answer given before the interruption survived it: it is in the summary.
        assertThat(text(last)).contains("tanpa biaya").contains("Om Beni");
    }

    @Test
    void dangerWhileTellingAStoryInterruptsWithTheCountrysNumbers() {
        BotConversation user = new BotConversation(BOT_API, 720_002);
        user.press("s:start");
        user.press("s:c:MY");
        user.press("s:r:NONPROCEDURAL");
        user.say("Saya berangkat tahun lalu lewat Batam.");

        List<JsonNode> replies =
                user.say("tolong, sekarang saya dikunci majikan di Johor dan tidak dikasih makan");

        String first = replies.get(0).path("text").asText();
        assertThat(first).contains("999").contains("KBRI Kuala Lumpur");
        // 110 works only in Indonesia: it may appear only in the line for the family at home.
        assertThat(first.substring(0, first.indexOf("hanya berlaku di Indonesia")))
                .doesNotContain(" 110");
        alarmed(replies);

        List<JsonNode> resumed = user.press("em:resume");
        assertThat(text(resumed)).contains("Cerita Anda sejauh ini sudah kami simpan");
        List<JsonNode> advice = user.press("s:done");
        assertThat(text(advice)).contains("pesan Anda untuk orang yang mau berangkat");
    }

    @Test
    void dangerAfterTambahIsNotJustAddedToTheOldReport() {
        BotConversation reporter = new BotConversation(BOT_API, 720_003);
        String code = submitReport(reporter);

        reporter.say("/tambah " + code);
        List<JsonNode> replies = reporter.say(DANGER);

        String urgentCode = alarmed(replies);
        assertThat(urgentCode).isNotEqualTo(code);
        assertThat(text(replies)).doesNotContain("Ditambahkan ke laporan <b>" + code);
        List<JsonNode> resumed = reporter.press("em:resume");
        assertThat(text(resumed)).contains(code).contains("Kirim info atau bukti tambahan");
        reporter.say("Calonya pakai mobil avanza hitam");
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(m -> assertThat(m.text()).contains("avanza hitam"));
    }

    @Test
    void anEditedMessageThatNowTellsOfDangerRaisesTheAlarm() {
        BotConversation user = new BotConversation(BOT_API, 720_004);
        user.say("halo");

        List<JsonNode> replies = user.edit("halo, tolong saya disekap agen di Kupang");

        alarmed(replies);
    }

    @Test
    void aCaptionTellingOfDangerRaisesTheAlarm() {
        BotConversation user = new BotConversation(BOT_API, 720_005);

        List<JsonNode> replies =
                user.sendPhoto("CAP1", 1000, "ini rumah tempat adik saya dikurung calo, tolong");

        alarmed(replies);
    }

    /** Hotlines first, an URGENT report, the staff chat alerted within 10 s; its code. */
    private String alarmed(List<JsonNode> replies) {
        assertThat(replies).hasSizeGreaterThanOrEqualTo(3);
        return new AlarmChecks(BOT_API, STAFF_CHAT, queue).raised(replies, "interrupted flow");
    }

    private String submitReport(BotConversation user) {
        user.say("/lapor Calo di Oesao minta uang 5 juta untuk kerja di Malaysia");
        List<JsonNode> last = List.of();
        for (int i = 0; i < 14 && !text(last).contains("Ringkasan"); i++) {
            last = user.press("r:skip");
        }
        List<JsonNode> sent = user.press("r:send");
        return StaffChat.codeIn(text(sent));
    }

    /** {@link BotReplies#text}, kept for test classes written in parallel that still import it. */
    static String textOf(List<JsonNode> replies) {
        return BotReplies.text(replies);
    }
}
