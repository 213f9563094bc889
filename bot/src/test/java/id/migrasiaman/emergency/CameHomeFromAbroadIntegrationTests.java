package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.buttons;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lead's chat trial, round 22, through Telegram updates: a palm-oil worker who worked in Tawau and
 * says he is home now writes, inside his story, that the boss is beating him "sekarang di mess". He
 * may be back at a workplace abroad: Indonesia's numbers come first and Malaysia's own (999, the
 * consulate in Tawau, the embassy) follow under "Masih di Malaysia?", not a row of flags to pick
 * from; no 110 in that part. When the danger message says where he is now, that place wins.
 */
class CameHomeFromAbroadIntegrationTests extends TelegramChatTest {

    private static final String STILL_IN_MALAYSIA = "Masih di Malaysia?";

    @Autowired ReportQueue queue;

    @Test
    void aWorkerHomeFromTawauGetsIndonesiasNumbersThenMalaysiasWithoutPickingAFlag() {
        BotConversation worker = new BotConversation(BOT_API, 881_000_101L);
        worker.say("/cerita");
        worker.say("sa dulu karja di sawit di tawau, sekarang su pulang");

        List<JsonNode> alarm = worker.say("tolong sa, bos pukul sa sekarang di mess, sa takut");

        String first = text(alarm.get(0));
        assertThat(first).contains("110", STILL_IN_MALAYSIA);
        String abroad = first.substring(first.indexOf(STILL_IN_MALAYSIA));
        assertThat(first.indexOf("110")).isLessThan(first.indexOf(STILL_IN_MALAYSIA));
        assertThat(abroad)
                .contains("999", "019 822 8800", "+60 17-668 8032")
                .doesNotContain("110")
                .doesNotContain("Johor");
        assertThat(buttons(List.of(alarm.get(0)))).noneMatch(b -> b.startsWith("em:h:"));

        String code = StaffChat.codeIn(text(alarm));
        assertThat(queue.find(code).orElseThrow().priority()).isEqualTo(Priority.URGENT);
        AlarmChecks.staffTold(BOT_API, STAFF_CHAT, m -> m.contains(code) && m.contains("URGENT"));
    }

    @Test
    void aDangerMessageThatSaysWhereHeIsNowDecides() {
        BotConversation inJohor = new BotConversation(BOT_API, 881_000_102L);
        inJohor.say("/cerita");
        inJohor.say("sa dulu karja di sawit di tawau, sekarang su pulang");

        String johor =
                text(
                        inJohor.say("tolong sa, bos pukul sa sekarang di mess di johor, sa takut")
                                .get(0));

        assertThat(johor).contains("999").doesNotContain(STILL_IN_MALAYSIA);

        BotConversation atHome = new BotConversation(BOT_API, 881_000_103L);
        atHome.say("/cerita");
        atHome.say("sa dulu karja di sawit di tawau, sekarang su pulang");

        String kupang =
                text(
                        atHome.say("tolong sa, bapa tiri pukul sa sekarang di rumah di kupang")
                                .get(0));

        assertThat(kupang).contains("110").doesNotContain(STILL_IN_MALAYSIA);
    }
}
