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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through Telegram updates: a calm English emergency, told without "help" inside the report flow,
 * raises the alarm with the hotlines first; a homework "tolong" gets the bot's usual answer, with
 * no hotlines, no danger question and no alarm. Before the fourth tuning round the first only got
 * the question and the second got the hotlines and the question.
 */
class CalmDangerAndEverydayHelpIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void aCalmEnglishEmergencyInsideTheReportFlowRaisesTheAlarmWithTheHotlinesFirst() {
        BotConversation user = new BotConversation(BOT_API, 736_001);
        user.say("/lapor");
        user.say("An agent in Oesao offered my sister a job in Malaysia");

        List<JsonNode> replies =
                user.say(
                        "she is in a mess in Tawau now, her boss has her passport and will not let"
                                + " her go out");

        // Written in English: answered in English, the hotlines of Malaysia first.
        assertThat(replies.get(0).path("text").asText()).contains("Emergency numbers in Malaysia");
        String code = StaffChat.codeIn(text(replies));
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
        assertThat(BotConversation.buttonData(replies.get(replies.size() - 1)))
                .contains("em:resume");
        AlarmChecks.staffTold(BOT_API, STAFF_CHAT, m -> m.contains(code) && m.contains("URGENT"));
        assertThat(user.press("em:resume")).isNotEmpty();
    }

    @Test
    void aHomeworkTolongGetsTheUsualAnswerWithoutHotlinesQuestionOrAlarm() {
        BotConversation teen = new BotConversation(BOT_API, 736_002);
        long urgentBefore = queue.urgentWaiting();

        List<JsonNode> replies = teen.say("tolong bantu kerjain pr matematika dong kak");

        assertThat(replies).isNotEmpty();
        String all = text(replies);
        assertThat(all)
                .doesNotContain("Nomor bantuan")
                .doesNotContain("Apakah ada orang dalam bahaya")
                .contains("hanya bisa membantu soal kerja ke luar negeri");
        assertThat(replies)
                .allSatisfy(
                        r ->
                                assertThat(BotConversation.buttonData(r))
                                        .noneMatch(d -> d.startsWith("em:")));
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(StaffChat.messages(BOT_API, STAFF_CHAT)).isEmpty();
    }
}
