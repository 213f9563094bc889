package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 19's answers, told as the people who asked: a young woman who starts every question
 * politely (D28), domestic workers in Singapore and Taiwan who want another employer (D9, D14, D8),
 * a student asking what trafficking is (D23).
 */
class RoundTwentyOneKnowledgeIntegrationTests extends IntegrationTest {

    private static final String REFUSED = "kami hanya bisa membantu";
    private static final String DANGER_QUESTION = "Apakah ada orang dalam bahaya sekarang?";

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void aPoliteRequestToSendTheRequirementsGetsTheRequirementsNotRemittance() {
        String reply =
                text(
                        new BotConversation(BOT_API, 870_001)
                                .say("mohon kirimkan kak syarat2 utk jadi PMI di luar negeri"));
        // D28: "kirim" is how she asks, not what about (FACTS 1.2).
        assertThat(reply).doesNotContain("Mengirim uang").contains("18 tahun");
    }

    @Test
    void aRequestToSendMoneyKeepsItsVerb() {
        assertThat(Questions.withoutRequest("tolong kirim uang ke mama lewat apa yg aman?"))
                .isEqualTo("tolong kirim uang ke mama lewat apa yg aman?");
    }

    @Test
    void aPoliceCertificateAskedPolitelyOrBareIsNotRefusedAsOffTopic() {
        String polite =
                text(
                        new BotConversation(BOT_API, 870_010)
                                .say("permisi kak, sy mau tanya, SKCK buatnya dimana ya?"));
        String bare = text(new BotConversation(BOT_API, 870_011).say("SKCK urusnya di mana?"));
        // D28: in this bot an SKCK is the route's document (FACTS 10.11); retrieval may still
        // abstain on these words (then the question is kept for the content team), but the
        // courtesy words no longer make it "not our subject".
        assertThat(polite).doesNotContain(REFUSED);
        assertThat(bare).doesNotContain(REFUSED);
    }

    @Test
    void aPoliceCertificateForACivilServiceApplicationIsStillNotOurs() {
        assertThat(DomainTerms.named("SKCK buat daftar PPPK bikin di mana?")).isFalse();
        assertThat(DomainTerms.named("SKCK urusnya di mana?")).isTrue();
    }

    @Test
    void aWorkerInSingaporeAskingToChangeEmployerHearsSingaporeNotMalaysia() {
        BotConversation worker = new BotConversation(BOT_API, 870_020);
        worker.say("permisi kak, sy PRT di singapura sudah 10 bulan");
        String change = text(worker.say("kak bisa pindah majikan gk?"));
        // D9/D14: FACTS 11.15 and 11.8; no transfer rule for Singapore in FACTS, so it says so.
        assertThat(change)
                .contains("Ganti majikan", "Singapura", "1800 339 5505")
                .doesNotContain("Malaysia", "RM1.500", DANGER_QUESTION);
    }

    @Test
    void aCaregiverInTaiwanAskingToChangeEmployerIsAnsweredWith1955() {
        BotConversation carer = new BotConversation(BOT_API, 870_030);
        carer.say("halo kak, sy PMI di taiwan, kerja jaga lansia");
        String change = text(carer.say("boleh gk sih ganti majikan sebelum kontrak selesai?"));
        // D8: FACTS 11.11 (1955 handles contracts), 11.10 (KDEI's number not found).
        assertThat(change).contains("1955").doesNotContain(REFUSED, "Malaysia");
    }

    @Test
    void aStudentAsksWhatTraffickingIsAndItsPenalty() {
        BotConversation student = new BotConversation(BOT_API, 870_040);
        String what = text(student.say("arti TPPO apa sih kak?"));
        String penalty = text(student.say("calo bisa kena hukuman apa?"));
        // D23: FACTS 1.7 and 1.6.
        assertThat(what).contains("UU 21/2007", "3–15 tahun").doesNotContain(REFUSED);
        assertThat(penalty).contains("10 tahun", "Rp15 miliar").doesNotContain(REFUSED);
    }

    private static String text(List<JsonNode> replies) {
        return String.join("\n", replies.stream().map(r -> r.path("text").asText()).toList());
    }
}
