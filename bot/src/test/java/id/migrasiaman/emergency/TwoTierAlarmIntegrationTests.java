package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff alarms only for a confident danger or one tap on "Ya, sekarang"; everyday "tolong" and
 * "help" get the hotlines and the question at most; a withdrawal reaches the staff chat; repeats
 * join one report; /batal after an alarm does not pretend nothing was sent; a clear question after
 * an emergency is answered. On main every such message raised an URGENT report and an alarm.
 */
class TwoTierAlarmIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void everydayHelpRaisesNoAlarmButAOneTapYesDoes() {
        BotConversation user = new BotConversation(BOT_API, 735_001);
        // Answered in English: the question would read "Is anyone in danger right now?".
        assertThat(text(user.say("help me with my homework")))
                .doesNotContain("Apakah ada orang dalam bahaya")
                .doesNotContain("in danger right now");
        assertThat(text(user.say("tolong kirim jawaban no 5")))
                .doesNotContain("Apakah ada orang dalam bahaya");

        // Fixing a phone is an everyday object of "tolong": no hotlines, no question.
        assertThat(text(user.say("tolong bantu saya perbaiki hp yang rusak")))
                .doesNotContain("Apakah ada orang dalam bahaya sekarang?")
                .doesNotContain("Nomor bantuan");

        List<JsonNode> replies = user.say("tolong dong kak");
        assertThat(replies.get(0).path("text").asText()).contains("Nomor bantuan");
        assertThat(text(replies)).contains("Apakah ada orang dalam bahaya sekarang?");
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(StaffChat.messages(BOT_API, STAFF_CHAT)).isEmpty();
        assertThat(text(user.sent())).doesNotContain("Petugas Satgas sudah diberi tahu");

        List<JsonNode> yes = user.press("em:yes");

        String code = StaffChat.codeIn(text(yes));
        assertThat(yes.get(0).path("text").asText()).contains("Nomor bantuan");
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(m -> assertThat(m.text()).contains("tolong dong kak"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> StaffChat.messages(BOT_API, STAFF_CHAT).size() == 1);
    }

    @Test
    void withdrawingTellsTheStaffAndCancelDoesNotPretendNothingWasSent() {
        BotConversation user = new BotConversation(BOT_API, 735_002);
        long waitingBefore = queue.urgentWaiting();
        String code =
                StaffChat.codeIn(
                        text(user.say("saya dikurung majikan di Tawau, umur saya 16, tolong")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> StaffChat.messages(BOT_API, STAFF_CHAT).size() == 1);
        String alarm = StaffChat.messages(BOT_API, STAFF_CHAT).get(0);
        assertThat(alarm).contains(code).contains("Malaysia").contains("di bawah umur");
        assertThat(alarm).doesNotContain("dikurung").doesNotContain("Tawau");

        List<JsonNode> cancel = user.say("/batal");
        assertThat(text(cancel))
                .contains("sudah terkirim")
                .doesNotContain("Tidak ada yang dikirim");
        assertThat(BotConversation.buttonData(cancel.get(0))).contains("em:withdraw:" + code);

        // One more tap before an alarm is downgraded (trial 8: a stray "1" after a threat).
        assertThat(text(user.press("em:withdraw:" + code))).contains("Yakin");
        assertThat(queue.find(code).orElseThrow().withdrawn()).isFalse();
        List<JsonNode> withdrawn = user.press("em:sure:" + code);

        assertThat(text(withdrawn)).contains("bukan darurat");
        Report report = queue.find(code).orElseThrow();
        assertThat(report.withdrawn()).isTrue();
        assertThat(queue.urgentWaiting()).isEqualTo(waitingBefore);
        AlarmChecks.staffTold(
                BOT_API, STAFF_CHAT, m -> m.contains(code) && m.contains("bukan darurat"));
    }

    @Test
    void repeatsWithinAnHourJoinOneUrgentReport() {
        BotConversation user = new BotConversation(BOT_API, 735_003);
        String first = StaffChat.codeIn(text(user.say("tolong, saya disekap calo di Batam")));
        user.say("/menu");

        List<JsonNode> again = user.say("mereka pukul saya, tolong cepat");

        assertThat(again.get(0).path("text").asText()).contains("Nomor");
        assertThat(StaffChat.codeIn(text(again))).isEqualTo(first);
        assertThat(queue.find(first).orElseThrow().messages()).hasSize(2);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(StaffChat.messages(BOT_API, STAFF_CHAT)).hasSize(1);
    }

    @Test
    void aClearQuestionAfterTheAlarmIsAnsweredAndFactsAreAdded() {
        BotConversation user = new BotConversation(BOT_API, 735_004);
        String code =
                StaffChat.codeIn(text(user.say("adik saya dikunci majikan di Malaysia, tolong")));

        List<JsonNode> answer = user.say("Berapa nomor KBRI di Malaysia?");

        assertThat(text(answer)).doesNotContain("Ditambahkan ke laporan darurat");
        assertThat(BotConversation.buttonData(answer.get(answer.size() - 1))).contains("em:add");
        assertThat(queue.find(code).orElseThrow().messages()).hasSize(1);
        List<JsonNode> added = user.press("em:add");
        assertThat(text(added)).contains("Ditambahkan ke laporan darurat");
        assertThat(queue.find(code).orElseThrow().messages())
                .anySatisfy(m -> assertThat(m.text()).contains("nomor KBRI"));

        List<JsonNode> fact = user.say("majikannya bernama Tan, rumahnya di Johor Bahru");
        assertThat(text(fact)).contains("Ditambahkan ke laporan darurat");
        assertThat(queue.find(code).orElseThrow().messages()).hasSize(3);
    }
}
