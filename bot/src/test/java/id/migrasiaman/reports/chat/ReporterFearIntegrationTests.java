package id.migrasiaman.reports.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 11 (D16): a reporter's fear of her neighbour finding out, typed at "anyone under 18?", was
 * filed as the "number of people" and the under-18 question was never asked again.
 */
class ReporterFearIntegrationTests extends IntegrationTest {

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void herFearIsNotFiledAsAFactAndTheUnder18QuestionComesBack() {
        BotConversation ima = new BotConversation(BOT_API, 743_001);
        ima.say("/lapor");
        ima.say("Ada ibu2 di Desa Oelpuah kumpul anak muda, kasi uang 5 juta ke orang tua");
        ima.say("Mama Ros, facebook Rosalina Kupang");
        ima.press("r:kec:0");
        ima.press("r:skip");
        ima.press("r:when:week");
        ima.press("r:dest:MY");
        ima.say("lewat pelabuhan Bolok");
        ima.press("r:victims:2-5");

        List<JsonNode> fear = ima.say("saya takut dia tahu saya yang lapor. dia tetangga saya");
        if (all(fear).contains("Apakah ada orang dalam bahaya")) {
            // The safety layer may ask first; "no" goes back to the report.
            fear = ima.press("em:no");
        }
        assertThat(all(fear)).contains("di bawah 18 tahun");

        ima.press("r:minors:no");
        ima.press("r:done");
        String summary = all(ima.press("r:contact:no"));
        assertThat(summary).contains("Ringkasan").doesNotContain("takut", "tetangga");
    }

    @Test
    void herOwnFearIsToldApartFromTheRecruitsFear() {
        assertThat(ReporterFear.told("saya takut dia tahu saya yang lapor")).isTrue();
        assertThat(ReporterFear.told("I'm scared he will know it was me")).isTrue();
        assertThat(ReporterFear.told("anak-anak itu takut, tidak tahu mau ke mana")).isFalse();
    }

    private static String all(List<JsonNode> replies) {
        return replies.stream().map(r -> r.path("text").asText()).collect(Collectors.joining("\n"));
    }
}
