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
 * Round 23 chat trial, through Telegram updates: a teenager reporting a recruiter types "tolong
 * dong kak" at "who is it?" and later "help lah" at the kecamatan. Neither raises a staff alarm;
 * neither is filed as the recruiter's name or as a place (they were: "Tercatat ✅" and "Dicatat
 * sebagai tempat lain: help lah"); the question is asked again and the report goes on.
 */
class PleaMidReportIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void aTeenagerPleadingMidReportIsAskedAgainAndNothingIsFiledOrAlarmed() {
        long urgentBefore = queue.urgentWaiting();
        BotConversation teen = new BotConversation(BOT_API, 881_000_301L);
        teen.say("/lapor");
        teen.say("ada om2 di kampung tawarin kerja di malaysia gaji 8 juta");

        List<JsonNode> plea = teen.say("tolong dong kak");

        assertThat(text(plea)).contains("dalam bahaya sekarang?").doesNotContain("Tercatat");
        assertThat(text(teen.press("em:no"))).contains("2/8");
        assertThat(text(teen.say("om Beni"))).contains("3/8");

        String help = text(teen.say("help lah"));

        assertThat(help)
                .contains("tidak kami simpan", "/darurat", "3/8")
                .doesNotContain("tempat lain");
        List<JsonNode> last = List.of();
        for (int i = 0; i < 12 && !text(last).contains("Ringkasan"); i++) {
            last = teen.press("r:skip");
        }
        assertThat(text(last))
                .contains("om Beni")
                .doesNotContain("tolong dong kak")
                .doesNotContain("help lah");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }
}
