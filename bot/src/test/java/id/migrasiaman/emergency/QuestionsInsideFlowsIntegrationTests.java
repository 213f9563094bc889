package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * D4 of the round-10 retest, through Telegram updates: an ordinary question with "takut", "tolong"
 * or "bantu" in it, typed in the middle of a report or a story, got the hotline list and "Apakah
 * ada orang dalam bahaya sekarang?" before its answer (or instead of it), and the report kept the
 * question as the answer to "Siapa orangnya?". A question whose only danger words are the asking is
 * answered, and the flow asks its own question again; a fear said as such still gets the hotlines.
 * Before the fix the first two got the hotlines and the danger question (seen in {@code bot.jar
 * chat} of the round-10 release).
 */
class QuestionsInsideFlowsIntegrationTests extends TelegramChatTest {

    private static final String DANGER_QUESTION = "Apakah ada orang dalam bahaya sekarang?";

    @Autowired ReportQueue queue;

    private long urgentBefore;

    @BeforeEach
    void urgentReportsSoFar() {
        urgentBefore = queue.urgentWaiting();
    }

    @Test
    void aReporterAfraidOfWhatFollowsIsAnsweredAndAskedWhoAgainWithNothingStored() {
        BotConversation villager = new BotConversation(BOT_API, 815_001);
        villager.say("/lapor");
        villager.say("Ada calo di Oesao tawarkan kerja di Malaysia tanpa biaya");

        List<JsonNode> replies =
                villager.say("sa takut kalau lapor nanti calo tau sa pung nama, bagaimana?");

        String text = text(replies);
        assertThat(text).doesNotContain(DANGER_QUESTION).doesNotContain("Nomor bantuan resmi");
        // Whether the person reported learns who reported: a report here may leave the name out
        // (round 17, trial 16 D7: the report's own answer to a fear of being known).
        assertThat(text).contains("melapor tanpa nama");
        assertThat(replies.get(replies.size() - 1).path("text").asText())
                .contains("Siapa orangnya?");

        villager.say("Om Yakob, 081234560001");
        List<JsonNode> last = List.of();
        for (int i = 0; i < 14 && !text(last).contains("Ringkasan"); i++) {
            last = villager.press("r:skip");
        }
        assertThat(text(last)).contains("Om Yakob").doesNotContain("sa pung nama");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    @Test
    void aFearSaidAsSuchInsideAReportStillGetsTheHotlinesAndTheQuestion() {
        BotConversation mother = new BotConversation(BOT_API, 815_003);
        mother.say("/lapor");
        mother.say("Ada calo di desa tawarkan kerja di Malaysia");

        List<JsonNode> replies = mother.say("sa takut sekali, sa harus buat apa?");

        assertThat(replies.get(0).path("text").asText()).contains("Nomor");
        assertThat(text(replies)).contains(DANGER_QUESTION);
    }
}
