package id.migrasiaman.family;

import static id.migrasiaman.telegram.BotReplies.last;
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
 * Lead's chat trial, round 24: a grandmother in Takari told of her daughter in Malaysia, silent for
 * six months, and under "is anyone in danger now?" wrote "terima kasih banyak e, Tuhan berkati".
 * The bot answered "Dicatat untuk laporan keluarga ✅": her thanks were to go into the report.
 * Thanks are thanked, never kept; a greeting hears the question again.
 */
class FamilyThanksIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void thanksUnderTheDangerQuestionAreThankedNotKeptForTheReport() {
        BotConversation grandmother = new BotConversation(BOT_API, 892_000_001L);
        long urgentBefore = queue.urgentWaiting();
        List<JsonNode> first =
                grandmother.say(
                        "sa pung anak parampuan di malaysia su 6 bulan son kasih kabar, sa bingung"
                                + " mau bikin apa");
        assertThat(BotConversation.buttonData(last(first))).contains("f:danger:yes");

        List<JsonNode> thanks = grandmother.say("terima kasih banyak e, Tuhan berkati");

        assertThat(text(thanks))
                .contains("Sama-sama")
                .contains("Mau kami bantu membuat laporan")
                .doesNotContain("Dicatat");
        assertThat(BotConversation.buttonData(last(thanks))).contains("f:offer:yes");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);

        // She changes her mind: the report starts, and her thanks are not her account.
        assertThat(text(grandmother.say("iya"))).contains("1/5");
        grandmother.say("Yuliana Tefa");
        for (int step = 0; step < 3; step++) {
            grandmother.press("f:skip");
        }
        String summary = text(grandmother.press("f:contact:no"));
        assertThat(summary).contains("Yuliana Tefa").doesNotContain("Tuhan berkati");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    @Test
    void thanksOrAGreetingAtAQuestionOfTheFormAreNeverItsAnswer() {
        BotConversation son = new BotConversation(BOT_API, 892_000_002L);
        son.say("/keluarga");
        son.press("f:danger:no");
        assertThat(text(son.press("f:offer:yes"))).contains("1/5");

        String thanks = text(son.say("makasih kaka 🙏"));
        String hello = text(son.say("halo"));

        assertThat(thanks).contains("Sama-sama", "1/5").doesNotContain("2/5");
        assertThat(hello).contains("1/5").doesNotContain("2/5", "Sama-sama");
        assertThat(text(son.say("Markus Nalle"))).contains("2/5");
        son.say("Malaysia, Tawau");
        for (int step = 0; step < 3; step++) {
            son.press("f:skip");
        }
        String summary = text(son.press("f:contact:no"));
        assertThat(summary).contains("Markus Nalle", "Tawau").doesNotContain("makasih", "halo");
    }
}
