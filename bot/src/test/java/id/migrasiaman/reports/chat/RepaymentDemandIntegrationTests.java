package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 12 (D6): Maria, whose parents took Rp2 juta from the TikTok "kakak", comes back days later:
 * he calls again and again and says she must give back 5 juta if she does not go. She got the whole
 * emergency wall with "is anyone in danger now?", and her "so must I pay 5 juta?" got the fee
 * table. She must hear that the money is no debt that binds her and she need not go, not to pay
 * under pressure, to keep the calls and messages, to report (/lapor) and Polisi 110 if threatened —
 * and no danger screen.
 */
class RepaymentDemandIntegrationTests extends TelegramChatTest {

    @Test
    void herRecruitersDemandForMoneyBackIsAnsweredAndSoIsMustIPay() {
        BotConversation maria = new BotConversation(BOT_API, 822_001);

        List<JsonNode> first =
                maria.say(
                        "kak sy yg kmrn tanya soal kakak tiktok itu. dia skrg telpon terus, bilang"
                                + " sy harus kembalikan 5 juta kalo sy seng pi. padahal dia kasi"
                                + " cuma 2 juta");
        String told = text(first);
        assertThat(told)
                .contains("bukan utang yang mengikat Anda")
                .contains("tidak wajib berangkat")
                .contains("Jangan membayar")
                .contains("daftar panggilan")
                .contains("/lapor")
                .contains("Polisi 110")
                .doesNotContain("Apakah ada orang dalam bahaya")
                .doesNotContain("Nomor bantuan resmi");
        assertThat(first)
                .anySatisfy(r -> assertThat(BotConversation.buttonData(r)).contains("m:report"));

        String asked = text(maria.say("jadi sy harus bayar 5 juta ko seng?"));
        assertThat(asked)
                .contains("bukan utang yang mengikat Anda")
                .contains("Jangan membayar")
                .doesNotContain("Biaya penempatan")
                .doesNotContain("Tarif resmi");
    }

    @Test
    void inEnglishTheSameDemandGetsTheSameAnswer() {
        BotConversation maria = new BotConversation(BOT_API, 822_002, "en");

        String told =
                text(
                        maria.say(
                                "the recruiter keeps calling me and says I must pay back 5"
                                        + " million if I don't go, but he only gave my parents 2"
                                        + " million"));
        assertThat(told)
                .contains("not a debt that binds you")
                .contains("You do not have to go")
                .contains("Do not pay")
                .contains("call log")
                .contains("/lapor")
                .contains("Police on 110")
                .doesNotContain("Is anyone in danger");
    }

    @Test
    void aMoneyQuestionWithoutARecruitersDemandIsNotTakenForIt() {
        assertThat(RepaymentDemand.demanded("berapa biaya paspor untuk kerja ke malaysia?"))
                .isFalse();
        assertThat(RepaymentDemand.demanded("sponsor nagih uang sirih krn sy tdk jadi berangkat"))
                .isTrue();
        assertThat(
                        RepaymentDemand.demanded(
                                "calo bilang beta musti kasi kembali doi kalo beta son pi"))
                .isTrue();
        // A question about the rule, with nobody pressing for the money, is the uang-sirih topic's.
        assertThat(
                        RepaymentDemand.demanded(
                                "ortu sy su terima doi dari sponsor, sy batal pi. doi itu wajib"
                                        + " dikembalikan ko?"))
                .isFalse();
        assertThat(
                        RepaymentDemand.demanded(
                                "my parents took money from the agent and I won't go now. do we have"
                                        + " to pay it back?"))
                .isFalse();
    }
}
