package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through Telegram updates with WireMock as the Bot API: a weak danger signal typed inside the
 * report, a story, adding to a report, the family flow and the route guide gets the hotlines and
 * "Apakah ada orang dalam bahaya sekarang?", raises no staff alarm, and after "Tidak" the flow goes
 * on with what was typed kept. On the integration branch such texts were taken by the flow without
 * a word about help. After an emergency, everyday texts are no longer filed into it.
 */
class WeakSignalInFlowsIntegrationTests extends TelegramChatTest {

    private static final String QUESTION = "Apakah ada orang dalam bahaya sekarang?";

    @Autowired ReportQueue queue;

    private long urgentBefore;

    @BeforeEach
    void urgentReportsSoFar() {
        urgentBefore = queue.urgentWaiting();
    }

    @Test
    void aWorriedReporterIsAskedOnceAndTheReportKeepsHerAnswer() {
        BotConversation user = new BotConversation(BOT_API, 790_001);
        user.say("/lapor");
        user.say("Ada calo tawarkan kerja di Malaysia tanpa biaya");

        List<JsonNode> replies = user.say("namanya Om Beni, saya takut dia datang lagi");

        asked(replies);
        assertThat(text(user.press("em:no"))).contains("tidak kami beri tahu");
        List<JsonNode> last = List.of();
        for (int i = 0; i < 14 && !text(last).contains("Ringkasan"); i++) {
            last = user.press("r:skip");
        }
        assertThat(text(last)).contains("tanpa biaya").contains("Om Beni");
        noAlarm();
    }

    @Test
    void aStoryOfPastHarmAsksOnceAndTheStoryGoesOn() {
        BotConversation user = new BotConversation(BOT_API, 790_002);
        user.press("s:start");
        user.press("s:c:MY");
        user.press("s:r:NONPROCEDURAL");

        asked(user.say("Waktu itu majikan sering pukul saya, saya takut sekali."));
        user.press("em:no");
        List<JsonNode> more = user.say("Saya juga takut lapor polisi waktu itu.");

        assertThat(text(more)).doesNotContain(QUESTION);
        assertThat(text(user.press("s:done")))
                .contains("pesan Anda untuk orang yang mau berangkat");
        noAlarm();
    }

    @Test
    void addingToAReportKeepsTheTextAndAsks() {
        BotConversation reporter = new BotConversation(BOT_API, 790_003);
        reporter.say("/lapor Calo di Oesao minta uang 5 juta untuk kerja di Malaysia");
        List<JsonNode> last = List.of();
        for (int i = 0; i < 14 && !text(last).contains("Ringkasan"); i++) {
            last = reporter.press("r:skip");
        }
        String code = StaffChat.codeIn(text(reporter.press("r:send")));
        reporter.say("/tambah " + code);

        asked(reporter.say("calonya datang lagi ke rumah, saya takut"));

        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(m -> assertThat(m.text()).contains("datang lagi ke rumah"));
        assertThat(queue.find(code).orElseThrow().priority()).isNotEqualTo(Priority.URGENT);
        assertThat(text(reporter.press("em:no"))).contains(code);
    }

    @Test
    void aFamilyAnsweringTheNameStepIsAskedAndContinuesToThePlace() {
        BotConversation mother = new BotConversation(BOT_API, 790_004);
        mother.say("/keluarga");
        mother.press("f:danger:no");
        mother.press("f:offer:yes");

        asked(mother.say("Yohanis Tefa, saya takut sekali"));

        assertThat(text(mother.press("em:no"))).contains("negara dan kota");
        noAlarm();
    }

    @Test
    void onTheRouteAWeakSignalAsksAndTheRouteIsStillThere() {
        BotConversation person = new BotConversation(BOT_API, 790_005);
        person.say("/jalur");
        person.press("j:c:MY");
        person.press("j:w:domestic");

        asked(person.say("tolong, saya takut sekali"));
        person.press("em:no");

        assertThat(text(person.say("/jalur"))).contains("Langkah 1 dari");
        noAlarm();
    }

    @Test
    void aConfidentDangerInTheFamilyFlowInterruptsItAndItResumes() {
        BotConversation sister = new BotConversation(BOT_API, 790_006);
        sister.say("/keluarga");
        sister.press("f:danger:no");
        sister.press("f:offer:yes");

        List<JsonNode> replies = sister.say("adik saya dikunci, paspornya diambil, tolong!");

        assertThat(replies.get(0).path("text").asText()).contains("Nomor");
        String code = StaffChat.codeIn(text(replies));
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
        // Within 10 s on its own (InterruptedFlowsIntegrationTests); here alarms queued for the
        // staff group by an earlier test class may still be going out at the group's pace.
        await().atMost(Duration.ofSeconds(90))
                .until(
                        () ->
                                StaffChat.messages(BOT_API, STAFF_CHAT).stream()
                                        .anyMatch(m -> m.contains(code)));
        assertThat(BotConversation.buttonData(replies.get(replies.size() - 1)))
                .contains("em:resume");
        assertThat(text(sister.press("em:resume"))).contains("paspor");
    }

    @Test
    void afterAnAlarmThanksAndHomeworkAreNotFiledButFactsAre() {
        BotConversation teen = new BotConversation(BOT_API, 790_007);
        String code =
                StaffChat.codeIn(text(teen.say("kakak saya dikunci majikan di Johor, tolong")));

        assertThat(text(teen.say("makasih kak")))
                .contains("Sama-sama")
                .doesNotContain("Ditambahkan");
        assertThat(text(teen.say("ok"))).doesNotContain("Ditambahkan");
        // Homework gets the usual answer, not "add it to the emergency report?" (round 24).
        List<JsonNode> homework = teen.say("tolong kirim jawaban no 5 dong kak");
        assertThat(text(homework))
                .contains("kami hanya bisa membantu")
                .doesNotContain("Ditambahkan");
        assertThat(BotConversation.buttonData(homework.get(homework.size() - 1)))
                .doesNotContain("em:add");
        assertThat(text(teen.say("majikannya bernama Tan, di lantai 3"))).contains("Ditambahkan");

        assertThat(queue.find(code).orElseThrow().messages())
                .extracting(m -> m.text())
                .noneMatch(t -> t.contains("jawaban no 5") || t.contains("makasih"))
                .anyMatch(t -> t.contains("lantai 3"));
    }

    private static void asked(List<JsonNode> replies) {
        assertThat(replies.get(0).path("text").asText()).contains("Nomor");
        assertThat(replies.get(replies.size() - 1).path("text").asText()).contains(QUESTION);
        assertThat(BotConversation.buttonData(replies.get(replies.size() - 1)))
                .contains("em:yes", "em:no");
    }

    /**
     * No URGENT report (and so no staff alarm) since the test began. The staff chat itself may
     * still receive alarms queued by an earlier test class, so it is not looked at here.
     */
    private void noAlarm() {
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }
}
