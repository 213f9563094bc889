package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * What the black-box testers of round 11 asked and got refused or answered on the wrong topic (D2,
 * D8, D26, D28), typed as the person typed it. Every fact comes from FACTS (§2, §9, §10, §11).
 */
class PracticalQuestionsRound11IntegrationTests extends TelegramChatTest {

    private static final String REFUSAL = "kami hanya bisa membantu soal kerja ke luar negeri";

    @Test
    void omFransFromAmfoangAsksInKupangMalayWhereToMakeAPassportAndHearsOfTheMobileService() {
        BotConversation frans = new BotConversation(BOT_API, 816_001);
        String reply =
                text(frans.say("bikin paspor di mana? beta tinggal di amfoang utara, jauh sekali"));
        assertThat(reply)
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("Imigrasi Kupang")
                .contains("Paspor Masuk Desa")
                .contains("30");
    }

    @Test
    void omFransShortOfMoneyAsksForALoanAndHearsOfTheBankNotAMoneylender() {
        BotConversation frans = new BotConversation(BOT_API, 816_002);
        String reply = text(frans.say("doi beta sonde cukup, ada pinjaman ko?"));
        assertThat(reply)
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("Bank NTT")
                .contains("KUR PMI");
    }

    @Test
    void yosefWithoutAnIdCardHearsTheKtpComesFirstFromDukcapil() {
        BotConversation yosef = new BotConversation(BOT_API, 816_003);
        String first = text(yosef.say("kalau sy belum punya KTP bagaimana?"));
        assertThat(first)
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("KTP")
                .contains("Dukcapil")
                .contains("18");
        BotConversation yosef2 = new BotConversation(BOT_API, 816_004);
        String second = text(yosef2.say("kalau belum punya KTP buat di mana?"));
        assertThat(second)
                .contains("Dukcapil")
                .doesNotContain("Ragu soal syarat? Tanyakan ke Disnaker");
    }

    @Test
    void yosefAsksHowManyDaysAPassportTakesAndIsNotRefused() {
        BotConversation yosef = new BotConversation(BOT_API, 816_005);
        String reply = text(yosef.say("paspor berapa hari jadi?"));
        assertThat(reply)
                .doesNotContain("kami belum punya jawaban pasti")
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("tiga hari")
                .contains("Imigrasi");
    }

    @Test
    void dewiAsksPolitelyForTheHongKongRequirementsAndTheMalaysianMaidsWage() {
        BotConversation dewi = new BotConversation(BOT_API, 816_006);
        String requirements = text(dewi.say("tolong jelaskan syarat kerja ke hong kong"));
        assertThat(requirements).doesNotContain("Bantuan darurat di negara tujuan").contains("KTP");
        BotConversation dewi2 = new BotConversation(BOT_API, 816_007);
        String wage = text(dewi2.say("gaji PRT di malaysia berapa?"));
        assertThat(wage).contains("RM1.500").contains("2022");
    }
}
