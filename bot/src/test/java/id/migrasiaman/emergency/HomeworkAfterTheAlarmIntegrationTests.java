package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Round 23's chat trial, through Telegram updates: after an alarm about his sister, a boy asks
 * "tolong ajar sa PR matematika" and "tolong kirim jawaban no 5". Each was asked "add it to the
 * emergency report?"; each gets the usual answer, and nothing of it reaches the report. What he
 * then tells about his sister is still added, and an unclear line still offered.
 */
class HomeworkAfterTheAlarmIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void homeworkAfterAnAlarmGetsTheUsualAnswerAndFactsStillJoinTheReport() {
        BotConversation boy = new BotConversation(BOT_API, 887_000_010L);
        String code =
                StaffChat.codeIn(text(boy.say("adik saya dikunci majikan di Malaysia, tolong")));

        for (String homework :
                List.of("tolong ajar sa PR matematika", "tolong kirim jawaban no 5")) {
            List<JsonNode> replies = boy.say(homework);
            assertThat(text(replies))
                    .as(homework)
                    .contains("kami hanya bisa membantu")
                    .doesNotContain("belum kami tambahkan")
                    .doesNotContain("Ditambahkan");
            assertThat(BotConversation.buttonData(replies.get(replies.size() - 1)))
                    .as(homework)
                    .doesNotContain("em:add");
        }

        assertThat(text(boy.say("dia dikunci di kamar lantai 3 sejak tadi malam")))
                .contains("Ditambahkan ke laporan darurat");
        List<JsonNode> unclear = boy.say("pokoknya cepat ya");
        assertThat(BotConversation.buttonData(unclear.get(unclear.size() - 1))).contains("em:add");
        assertThat(queue.find(code).orElseThrow().messages())
                .extracting(m -> m.text())
                .anyMatch(t -> t.contains("lantai 3"))
                .noneMatch(t -> t.contains("matematika") || t.contains("jawaban no 5"));
    }
}
