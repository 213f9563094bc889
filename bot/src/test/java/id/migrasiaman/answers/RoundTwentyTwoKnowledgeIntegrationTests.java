package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Questions the bot still left unanswered or answered with another country's rules (issues 10 and
 * 12, round 22): a young man in Kupang asking where the police certificate is made, in every way he
 * would type it; a mother asking how a broker differs from a licensed agency; domestic workers in
 * Hong Kong, Taiwan and Saudi Arabia asking about their rights.
 */
class RoundTwentyTwoKnowledgeIntegrationTests extends IntegrationTest {

    private static final String NO_ANSWER = "belum punya jawaban pasti";
    private static final String DANGER_QUESTION = "Apakah ada orang dalam bahaya sekarang?";

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void whereThePoliceCertificateIsMadeIsAnsweredInIndonesian() {
        String reply = text(new BotConversation(BOT_API, 877_000_001L).say("SKCK bikin di mana?"));
        // FACTS 10.10-10.11: Polres or Polda by KTP, not a Polsek; Rp30.000 (PP 60/2016); 6 months.
        assertThat(reply)
                .doesNotContain(NO_ANSWER)
                .contains("Polres atau Polda", "Polsek", "Rp30.000", "PP 60/2016", "6 bulan")
                .contains("dilaporkan", "kompas.tv");
    }

    @Test
    void aPoliteChatSpelledSkckQuestionIsAnsweredNotWalled() {
        String reply =
                text(new BotConversation(BOT_API, 877_000_002L).say("tlg SKCK bikin di mana kak?"));
        assertThat(reply)
                .doesNotContain(NO_ANSWER, DANGER_QUESTION)
                .contains("Polres atau Polda", "Rp30.000");
    }

    @Test
    void aKupangMalaySkckQuestionIsAnswered() {
        String reply =
                text(
                        new BotConversation(BOT_API, 877_000_003L)
                                .say("SKCK par pi karja tu bekin di mana ko?"));
        assertThat(reply).doesNotContain(NO_ANSWER).contains("Polres atau Polda");
    }

    @Test
    void whereToGetAPoliceCertificateInEnglish() {
        String reply =
                text(
                        new BotConversation(BOT_API, 877_000_004L, "en")
                                .say("where do I get a police certificate?"));
        assertThat(reply)
                .contains("Polres or Polda", "Rp30,000", "6 months")
                .doesNotContain("Polres atau");
    }

    @Test
    void aPoliceCertificateForABankJobIsStillNotOurs() {
        String reply =
                text(
                        new BotConversation(BOT_API, 877_000_005L)
                                .say(
                                        "SKCK buat melamar kerja di bank diurus di polres atau polsek?"));
        assertThat(reply).doesNotContain("Polres atau Polda sesuai alamat KTP");
    }

    @Test
    void aMotherAskingHowABrokerDiffersFromALicensedAgencyIsAnswered() {
        String reply =
                text(
                        new BotConversation(BOT_API, 877_000_010L)
                                .say("apa bedanya calo dengan P3MI / PT resmi?"));
        // FACTS 3 (SIP3MI, SISKOP2MI), 1 (UU 18/2017 Pasal 69), 6 (the signs).
        assertThat(reply)
                .doesNotContain(NO_ANSWER)
                .contains("SIP3MI", "SISKOP2MI", "perorangan", "Pasal 69", "Tanda calo");
    }

    @Test
    void theSameQuestionInKupangMalayAndEnglish() {
        String mkn =
                text(
                        new BotConversation(BOT_API, 877_000_011L)
                                .say("calo deng PT resmi tu beda apa ko?"));
        String en =
                text(
                        new BotConversation(BOT_API, 877_000_012L, "en")
                                .say("What is the difference between a calo and a licensed P3MI?"));
        assertThat(mkn).contains("SIP3MI", "perorangan");
        assertThat(en).contains("SIP3MI", "private person", "Signs of a broker");
    }

    @Test
    void aWorkerInHongKongAskingAboutHerRightsHearsNoMalaysianRule() {
        BotConversation worker = new BotConversation(BOT_API, 877_000_020L);
        worker.say("halo kak, sy PRT di hong kong sdh 1 tahun");
        String rights = text(worker.say("apa saja hak sy sebagai PMI di luar negeri?"));
        // FACTS 11.9: KJRI Hong Kong; Hong Kong's own rules are not in FACTS.
        assertThat(rights)
                .contains("Hong Kong", "belum ada di sumber kami", "+852 6773 0466")
                .doesNotContain("Di Malaysia, majikan", "PRT di Malaysia: gaji");
    }

    @Test
    void aCaregiverInTaiwanAskingAboutHerRightsIsToldOf1955() {
        BotConversation carer = new BotConversation(BOT_API, 877_000_021L);
        carer.say("halo kak, sy PMI di taiwan, kerja jaga lansia");
        String rights = text(carer.say("hak hak pekerja migran di luar negeri apa aja kak?"));
        // FACTS 11.11 (1955), 11.10 (KDEI's number not found).
        assertThat(rights)
                .contains("1955", "Taiwan")
                .doesNotContain("RM1.500", "Di Malaysia, majikan");
    }

    @Test
    void aWorkerInSaudiArabiaHearsTheSourcesLackItsRulesAndWhomToAsk() {
        BotConversation worker = new BotConversation(BOT_API, 877_000_022L);
        worker.say("assalamualaikum kak, sy kerja di arab saudi jd pembantu");
        String rights = text(worker.say("apa hak sy sbg pekerja di luar negeri kak?"));
        // FACTS has no Saudi mission number: Kemlu's hotline (11.1) and KP2MI (13.6).
        assertThat(rights)
                .contains("belum ada di sumber kami", "+62 812 9007 0027", "+62 21 2924 4800")
                .doesNotContain("RM1.500", "Di Malaysia, majikan");
    }

    @Test
    void theRightsCardPressedByAWorkerInSingaporeNamesSingapore() {
        BotConversation worker = new BotConversation(BOT_API, 877_000_023L, "en");
        worker.say("hi, I work in Singapore as a domestic helper");
        String card = text(worker.press("t:rights-abroad"));
        assertThat(card)
                .contains("Singapore", "1800 339 5505", "not in our sources")
                .doesNotContain("Maids in Malaysia");
    }

    @Test
    void aWorkerInMalaysiaStillGetsMalaysiasRules() {
        BotConversation worker = new BotConversation(BOT_API, 877_000_024L);
        worker.say("sy PRT di johor malaysia");
        String rights = text(worker.say("apa saja hak sy sebagai PMI di luar negeri?"));
        assertThat(rights).contains("RM1.500");
    }

    private static String text(List<JsonNode> replies) {
        return String.join("\n", replies.stream().map(r -> r.path("text").asText()).toList());
    }
}
