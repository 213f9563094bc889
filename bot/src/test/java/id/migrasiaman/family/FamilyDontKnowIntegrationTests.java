package id.migrasiaman.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 11 (D14, D15): a father who types little answers "sy tdk tau" to "in which country and
 * city?"; the summary showed "Negara/kota: sy tdk tau" although his first message said Malaysia.
 */
class FamilyDontKnowIntegrationTests extends IntegrationTest {

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void iDontKnowIsASkipAndTheCountryOfHisFirstMessageIsKept() {
        BotConversation agus = new BotConversation(BOT_API, 744_001);
        agus.say("anak sy di malaysia 3 bln sdh tdk ada kabar");
        agus.press("f:danger:no");
        agus.say("yanto");

        List<JsonNode> after = agus.say("sy tdk tau");
        if (all(after).contains("Apakah ada orang dalam bahaya")) {
            // The safety layer's business (reported to the lead); "no" goes back to the family.
            after = agus.press("em:no");
        }
        assertThat(all(after)).contains("3/5");

        agus.say("om nya yg bawa. lwt kapal");
        agus.press("f:skip");
        String summary = all(agus.press("f:contact:yes"));
        assertThat(summary).contains("Malaysia").doesNotContain("sy tdk tau");
    }

    private static String all(List<JsonNode> replies) {
        return replies.stream().map(r -> r.path("text").asText()).collect(Collectors.joining("\n"));
    }
}
