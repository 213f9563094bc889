package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by a black-box trial (trial 18, D8): a 16-year-old lured on Instagram was offered a report
 * ("Mau buat laporan? Ya / Tidak"), never pressed "Ya", and kept typing; the report started on its
 * own, and her question "will my mother know?" at "who is it?" became the recruiter's name. A
 * report starts only on the person's choice, and a question about her own privacy is answered.
 */
class ReportConsentIntegrationTests extends TelegramChatTest {

    @Test
    void typingAtTheOfferKeepsHerWordsButStartsNoReportUntilSheSaysYes() {
        BotConversation nona = new BotConversation(BOT_API, 864_001);
        nona.say(
                "kak aku mau nanya. ada kakak2 di IG DM aku, katanya aku bisa jadi SPG di jakarta");
        String offer =
                text(
                        nona.say(
                                "kak aku udh terlanjur kirim foto badan pake baju renang sm foto"
                                        + " KTP mama. dia minta foto lagi yg lebih seksi buat"
                                        + " portofolio katanya"));
        assertThat(offer).contains("Mau buat laporan?");

        String typed = text(nona.say("dia pake akun IG namanya kak Sisca, DM aku minggu lalu"));

        assertThat(typed)
                .contains("Laporan belum dimulai", "Mau buat laporan?")
                .doesNotContain("2/8", "1/8");
        String started = text(nona.press("r:start"));
        assertThat(started).contains("sudah kami catat di <b>Apa yang terjadi</b>", "2/8");
    }

    @Test
    void aDangerMessageAtTheOfferGoesBackToTheOfferNotToAStartedReport() {
        BotConversation nona = new BotConversation(BOT_API, 864_002);
        nona.say(
                "kak aku mau nanya. ada kakak2 di IG DM aku, katanya aku bisa jadi SPG di jakarta");
        String offer =
                text(
                        nona.say(
                                "kak aku udh terlanjur kirim foto badan pake baju renang sm foto"
                                        + " KTP mama. dia minta foto lagi yg lebih seksi buat"
                                        + " portofolio katanya"));
        assertThat(offer).contains("Mau buat laporan?");

        List<JsonNode> danger =
                nona.say("aku takut kak dia bilang kalo aku ga jadi, fotonya dia sebar");
        String back = text(pressTidak(nona, danger));

        assertThat(back).doesNotContain("2/8", "Siapa orangnya");
    }

    @Test
    void herQuestionWhetherHerMotherWillKnowIsAnsweredNotFiledAsTheRecruiter() {
        BotConversation nona = new BotConversation(BOT_API, 864_003);
        nona.say("/lapor");
        nona.say("ada kakak di IG tawarin aku kerja SPG di jakarta trus ke malaysia, tiket gratis");

        String asked = text(nona.say("kak laporannya nanti mama aku tau ga? aku malu"));

        assertThat(asked)
                .contains("tanpa nama", "tidak menghubungi keluarga", "2/8")
                .doesNotContain("3/8");
        nona.say("kak Sisca di IG");
        String summary = "";
        for (int i = 0; i < 12 && !summary.contains("Ringkasan"); i++) {
            summary = text(nona.say("lewati"));
        }
        assertThat(summary).contains("kak Sisca").doesNotContain("mama aku tau");
    }

    /** Presses the "Tidak" of the danger question, when it is asked. */
    private static List<JsonNode> pressTidak(BotConversation who, List<JsonNode> replies) {
        for (JsonNode reply : replies) {
            for (JsonNode row : reply.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asText().equals("Tidak")) {
                        return who.press(button.path("callback_data").asText());
                    }
                }
            }
        }
        return replies;
    }
}
