package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rights card for a worker outside Malaysia (round 23): a domestic worker in Hong Kong, a
 * caregiver in Taiwan, a maid in Saudi Arabia and a helper in Singapore each get the card's "more"
 * button as every other card has it, and a sources line naming where what she reads comes from (her
 * country's mission, FACTS §11), not the Malaysian rules' sources the card leaves out.
 */
class RightsCardElsewhereIntegrationTests extends IntegrationTest {

    private static final String MORE = "more:rights-abroad";

    /** Publishers of the card's Malaysian rules (FACTS 11.16, 11.19), left out for elsewhere. */
    private static final List<String> MALAYSIAN = List.of("The Sun (Malaysia)", "JPNN (Antara)");

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void aMaidInHongKongGetsSelengkapnyaAndTheConsulatesSource() {
        BotConversation worker = new BotConversation(BOT_API, 882_000_001L);
        worker.say("sore kak, aku kerja PRT di hongkong udah 2 thn");
        List<JsonNode> card = worker.say("hak aku sbg pekerja di luar negri tu apa aja ya?");
        JsonNode last = card.get(card.size() - 1);
        String text = BotConversation.text(card);
        assertThat(text).contains("+852 6773 0466", "Sumber:", "JPNN");
        assertThat(text).doesNotContain(MALAYSIAN.toArray(String[]::new));
        assertThat(BotConversation.buttonData(last)).contains(MORE);
        assertThat(last.toString()).contains("Selengkapnya");

        String more = BotConversation.text(worker.press(MORE));
        // The longer text names the Malaysian rules as Malaysia's (FACTS 11.16, 11.18).
        assertThat(more).contains("Malaysia:", "Safe Travel");
    }

    @Test
    void aMaidInSaudiArabiaSeesKemlusHotlineSource() {
        BotConversation worker = new BotConversation(BOT_API, 882_000_002L);
        worker.say("assalamualaikum kak, sy kerja jd pembantu di saudi arabia");
        // No Saudi mission in FACTS: Kemlu's hotline of 2020 (11.1, Tribunnews) and KP2MI.
        cardWithMore(
                worker.say("sbg pekerja di luar negeri hak sy apa sj?"),
                "+62 812 9007 0027",
                "Sumber:",
                "Tribunnews");
    }

    @Test
    void aHelperInSingaporePressingTheCardInEnglishSeesMomAsASource() {
        BotConversation worker = new BotConversation(BOT_API, 882_000_003L, "en");
        worker.say("hello, im a helper working in singapore");
        cardWithMore(
                worker.press("t:rights-abroad"),
                "Sources:",
                "Ministry of Manpower Singapore",
                "Kompas.com");
    }

    @Test
    void aCaregiverInTaiwanSeesTheLabourAgencyOf1955() {
        BotConversation carer = new BotConversation(BOT_API, 882_000_004L);
        carer.say("halo, sy PMI di taichung taiwan jaga ama");
        String text = BotConversation.text(carer.press("t:rights-abroad"));
        assertThat(text).contains("1955", "Workforce Development Agency, Taiwan");
        assertThat(text).doesNotContain(MALAYSIAN.toArray(String[]::new));
    }

    @Test
    void aWorkerInMalaysiaKeepsTheCardsOwnSources() {
        BotConversation worker = new BotConversation(BOT_API, 882_000_005L);
        worker.say("sy kerja di kebun sawit di sabah malaysia");
        List<JsonNode> card = worker.press("t:rights-abroad");
        assertThat(BotConversation.text(card)).contains("RM1.500", "Sumber:", "SINDOnews");
        assertThat(BotConversation.buttonData(card.get(card.size() - 1))).contains(MORE);
    }

    /** A card for elsewhere: what it must say, no Malaysian source, and the "more" button. */
    private static void cardWithMore(List<JsonNode> card, String... says) {
        String text = BotConversation.text(card);
        assertThat(text).contains(says);
        assertThat(text).doesNotContain(MALAYSIAN.toArray(String[]::new));
        assertThat(BotConversation.buttonData(card.get(card.size() - 1))).contains(MORE);
    }
}
