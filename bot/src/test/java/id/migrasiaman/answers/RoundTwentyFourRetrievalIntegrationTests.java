package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotConversation.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Round 24 (retrieval24): a question about the step after the medical check gets the legal steps,
 * not the medical card again; and a card that depends on the country is for the one country abroad
 * a question names when the writer's own whereabouts are unknown, for every such card, not only the
 * passport card.
 */
class RoundTwentyFourRetrievalIntegrationTests extends IntegrationTest {

    private static final String LEGAL_STEPS = "Langkah resmi bekerja ke luar negeri";

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void aWomanDoneWithTheMedicalAsksWhatComesNextAndGetsTheLegalSteps() {
        BotConversation woman = new BotConversation(BOT_API, 888_000_001L);
        String reply = text(woman.say("habis medical check up langkah selanjutnya apa?"));
        assertThat(reply).contains(LEGAL_STEPS, "Perjanjian Penempatan");
    }

    @Test
    void aBrotherAtHomeHearsSingaporesNumbersForHisSistersMissingDayOff() {
        // "kerja di Singapura" places the writer there too (Whereabouts): Singapore's lines.
        BotConversation brother = new BotConversation(BOT_API, 888_000_002L);
        String reply =
                text(brother.say("adik saya kerja di Singapura, majikannya tidak kasih libur"));
        assertThat(reply)
                .contains("Singapura", "+65 9295 3964")
                .doesNotContain("KBRI Kuala Lumpur", "Passports Act 1966");
    }

    @Test
    void aSisterAsksAboutHerSisterInHongKongAndHearsNoMalaysianRules() {
        // Nobody placed the writer in Hong Kong: before round 24 only the passport card read the
        // country the question names, and the rights card gave Malaysia's minimum wage.
        BotConversation sister = new BotConversation(BOT_API, 888_000_003L);
        String reply =
                text(
                        sister.say(
                                "adikku PRT di Hong Kong, majikannya ga pernah kasih libur,"
                                        + " haknya apa aja?"));
        assertThat(reply)
                .contains("Hong Kong", "+852 6773 0466")
                .doesNotContain("RM1.500", "KBRI Kuala Lumpur");
    }

    @Test
    void aBrotherWritingEnglishAsksAboutHisSistersRightsInSingapore() {
        BotConversation brother = new BotConversation(BOT_API, 888_000_004L, "en");
        String reply =
                text(
                        brother.say(
                                "my sister is a maid in Singapore and never gets a day off, what"
                                        + " are her rights there?"));
        assertThat(reply)
                .contains("Singapore", "+65 9295 3964")
                .doesNotContain("RM1,500", "RM1.500", "KBRI Kuala Lumpur");
    }
}
