package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What black-box testers of round 10 asked and got refused or answered wrong (D5, D10, D11, D14,
 * D18), through Telegram updates as the person types them. Where FACTS has the fact the bot says it
 * with its source; where FACTS has nothing it says which office to ask, never a guessed address,
 * hour or fee, and never "we only help with working abroad".
 */
class CommonQuestionsIntegrationTests extends TelegramChatTest {

    private static final String REFUSAL = "kami hanya bisa membantu soal kerja ke luar negeri";

    @Test
    void oktaviaAsksWhereTheSeamansBookIsMadeAndIsToldWhomToAsk() {
        BotConversation oktavia = new BotConversation(BOT_API, 813_001);
        String reply = text(oktavia.say("buku pelaut bikin di mana?"));
        assertThat(reply)
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("Buku pelaut")
                .contains("belum ada di sumber kami")
                .contains("Disnaker Kab. Kupang")
                .contains("0-800-1000")
                .contains("Sumber")
                .doesNotContain("Rp");
    }

    @Test
    void theAddressOfDisnakerIsNotGuessedButWhomToAskIs() {
        BotConversation yohana = new BotConversation(BOT_API, 813_002);
        String reply = text(yohana.say("alamat disnaker kab kupang di mana?"));
        assertThat(reply)
                .doesNotContainIgnoringCase(REFUSAL)
                .doesNotContain("kami belum punya jawaban pasti")
                .contains("Disnakertrans")
                .contains("Belum ada di sumber kami: alamat")
                .contains("jam buka")
                .contains("kantor desa")
                .contains("Sumber")
                .doesNotContain("📍");
    }

    @Test
    void bp3miOpeningHoursRightAfterAnAnswerGetTheOfficeWithItsSourcedAddress() {
        BotConversation frans = new BotConversation(BOT_API, 813_003);
        frans.say("cara bikin paspor utk kerja ke luar negeri");
        String reply = text(frans.say("kantor BP3MI buka jam berapa?"));
        assertThat(reply)
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("BP3MI NTT")
                .contains("Jl. Perintis Kemerdekaan I No. 6")
                .contains("jam buka")
                .contains("0-800-1000")
                .doesNotContain("Nomor penting dan hotline");
        assertThat(text(frans.say("jam buka disnaker?")))
                .contains("Disnakertrans")
                .contains("Belum ada di sumber kami");
    }

    @Test
    void commonFollowUpsAboutTheRouteAreAnsweredNotRefused() {
        BotConversation ande = new BotConversation(BOT_API, 813_004);
        assertThat(text(ande.say("cara bikin paspor utk kerja ke luar negeri")))
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("Paspor");
        assertThat(text(ande.say("seleksi itu gimana?")))
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("seleksi")
                .contains("Disnaker");
        BotConversation mince = new BotConversation(BOT_API, 813_005);
        assertThat(text(mince.say("perjanjian penempatan itu apa?")))
                .doesNotContainIgnoringCase(REFUSAL)
                .contains("Perjanjian Penempatan");
    }

    @Test
    void whoRunsTheBotIsAnsweredHonestlyInEachLanguage() {
        BotConversation nona = new BotConversation(BOT_API, 813_006);
        nona.say("syarat jadi PMI apa saja?");
        String id = text(nona.say("ini bot siapa?"));
        assertThat(id)
                .contains("Kabupaten Kupang")
                .contains("224/KEP/HK/2023")
                .contains("Satgas")
                .contains("tidak pernah meminta uang")
                .contains("bukan");
        BotConversation kupang = new BotConversation(BOT_API, 813_007);
        assertThat(text(kupang.say("siapa yang bikin bot ini, resmi ko?")))
                .contains("224/KEP/HK/2023")
                .contains("tidak pernah meminta uang");
        BotConversation darwin = new BotConversation(BOT_API, 813_008, "en");
        assertThat(text(darwin.say("who runs this bot?")))
                .contains("Kabupaten Kupang")
                .contains("224/KEP/HK/2023")
                .contains("never ask for money")
                .contains("not");
    }

    @Test
    void aQuestionAboutAPhoneNumberIsAnsweredThenTheReportIsOffered() {
        BotConversation paulus = new BotConversation(BOT_API, 813_009);
        List<JsonNode> replies = paulus.say("nomor ini 081234567890 calo ko bukan?");
        String reply = text(replies);
        assertThat(reply)
                .contains("tidak bisa mengecek nomor")
                .contains("SISKOP2MI")
                .contains("Satgas")
                .contains("Mau buat laporan");
        assertThat(reply.indexOf("tidak bisa mengecek")).isLessThan(reply.indexOf("Mau buat"));
        BotConversation sari = new BotConversation(BOT_API, 813_010);
        assertThat(text(sari.say("bisa cek nomor hp calo?")))
                .contains("tidak bisa mengecek nomor")
                .contains("SISKOP2MI");
    }

    @Test
    void aReportWithANumberIsStillAReport() {
        BotConversation neighbour = new BotConversation(BOT_API, 813_011);
        assertThat(
                        text(
                                neighbour.say(
                                        "Ada calo di Oesao, nomornya 081234567890, dia rekrut anak"
                                                + " SMA ke Malaysia")))
                .doesNotContain("tidak bisa mengecek nomor")
                .containsAnyOf("laporan", "lapor");
        BotConversation asker = new BotConversation(BOT_API, 813_012);
        assertThat(text(asker.say("nomor KP2MI berapa?"))).doesNotContain("tidak bisa mengecek");
    }

    @Test
    void theTaiwanFactoryFeeAnswerDoesNotCallEveryDeductionABrokersTrick() {
        BotConversation yanto = new BotConversation(BOT_API, 813_013);
        String reply =
                text(yanto.say("kerja pabrik di taiwan bayar berapa? katanya nanti potong gaji"));
        assertThat(reply)
                .doesNotContain("adalah modus calo")
                .contains("Potongan gaji")
                .contains("tertulis")
                .contains("Disnaker")
                .contains("Sumber");
        assertThat(text(yanto.press("more:costs")))
                .contains("Taiwan")
                .contains("pabrik")
                .contains("sumber kami tidak menyebut potongan yang sah");
    }
}
