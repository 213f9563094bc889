package id.migrasiaman.family;

import static id.migrasiaman.telegram.BotReplies.last;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 19, D17 and D25, through Telegram updates: a sister telling of her brother abroad went on
 * typing under "is anyone in danger now?" and found herself in a report's questions she never asked
 * for; the report starts only on her yes, and what she typed is kept for it. "kirim", "ok kirim" or
 * "sudah" typed at a question of the family report are button words, never its answer.
 */
class FamilyReportOnlyOnYesIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    @Test
    void aSisterTypingOnGetsAnOfferAndTheReportStartsOnlyOnHerYes() {
        BotConversation sister = new BotConversation(BOT_API, 876_000_101L);
        long urgentBefore = queue.urgentWaiting();
        List<JsonNode> first =
                sister.say("kaka sa pung adik nona kerja di malaysia, su 4 bulan sonde kasi kabar");
        assertThat(BotConversation.buttonData(last(first))).contains("f:danger:yes");

        String told = text(sister.say("dia pi lewat om Yanto dari Soe, bilang kerja di restoran"));
        String more = text(sister.say("majikan pung nama sa sonde tau"));

        assertThat(told)
                .contains("Dicatat untuk laporan keluarga", "Laporan belum dimulai")
                .contains("Mau kami bantu membuat laporan")
                .doesNotContain("1/5");
        assertThat(more).contains("Laporan belum dimulai").doesNotContain("1/5", "2/5");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);

        String started = text(sister.say("iya"));
        assertThat(started).contains("1/5");
        sister.say("Maria Seran");
        for (int step = 0; step < 3; step++) {
            sister.press("f:skip");
        }
        String summary = text(sister.press("f:contact:no"));
        assertThat(summary).contains("Maria Seran", "om Yanto", "majikan pung nama");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    @Test
    void sayingNoToTheOfferSendsNothing() {
        BotConversation brother = new BotConversation(BOT_API, 876_000_102L);
        brother.say("kaka sa pung adik nona kerja di malaysia, su 4 bulan sonde kasi kabar");
        brother.say("dia kerja di kebun sawit di sabah");

        String no = text(brother.press("f:cancel"));

        assertThat(no).contains("Tidak ada yang dikirim").doesNotContain("1/5");
    }

    @Test
    void sendWordsTypedAtTheDangerQuestionAreNoAccount() {
        // Lead's chat trial, round 22: "kirim" under "is anyone in danger now?" was kept as the
        // family's account ("Dicatat untuk laporan keluarga") and the report offered.
        BotConversation father = new BotConversation(BOT_API, 876_000_104L);
        long urgentBefore = queue.urgentWaiting();
        father.say("anak saya di malaysia su 3 bulan sonde bisa dihubungi");

        for (String typed : List.of("kirim", "ok kirim", "sudah")) {
            List<JsonNode> replies = father.say(typed);
            assertThat(text(replies))
                    .contains("Pilih salah satu tombol")
                    .doesNotContain("Dicatat untuk laporan keluarga");
            assertThat(BotConversation.buttonData(last(replies))).contains("f:danger:yes");
        }
        String told = text(father.say("dia kerja di kebun sawit dekat Tawau"));
        assertThat(told).contains("Dicatat untuk laporan keluarga");
        String started = text(father.say("iya"));
        assertThat(started).contains("1/5");
        father.say("Yakobus Nalle");
        for (int step = 0; step < 3; step++) {
            father.press("f:skip");
        }
        String summary = text(father.press("f:contact:no"));
        assertThat(summary).contains("Yakobus Nalle", "Tawau").doesNotContain("kirim", "sudah");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    @Test
    void sendWordsTypedAtAQuestionAreNeverItsAnswer() {
        BotConversation mother = new BotConversation(BOT_API, 876_000_103L);
        mother.say("/keluarga");
        mother.press("f:danger:no");
        assertThat(text(mother.press("f:offer:yes"))).contains("1/5");

        String kirim = text(mother.say("kirim"));
        String okKirim = text(mother.say("ok kirim"));
        String sudah = text(mother.say("sudah"));

        for (String reply : List.of(kirim, okKirim, sudah)) {
            assertThat(reply).contains("Belum ada yang terkirim", "1/5").doesNotContain("2/5");
        }
        assertThat(text(mother.say("Yohanis Tefa"))).contains("2/5");
        assertThat(text(mother.say("sudah"))).contains("2/5").doesNotContain("3/5");
        mother.say("Malaysia, Johor Bahru");
        for (int step = 0; step < 3; step++) {
            mother.press("f:skip");
        }
        String summary = text(mother.press("f:contact:no"));
        assertThat(summary)
                .contains("Yohanis Tefa", "Johor Bahru")
                .doesNotContain("kirim")
                .doesNotContain("sudah");
    }

    @Test
    void aMotherWhoPressesNotNowGetsTheStepsAndAChoiceNeverAReport() {
        // Lead's chat trial, round 22: "Tidak / belum tahu" under "is anyone in danger now?"
        // started the report's questions at once; the typed "not now" got an offer.
        BotConversation mother = new BotConversation(BOT_API, 881_000_001L);
        long urgentBefore = queue.urgentWaiting();
        List<JsonNode> first =
                mother.say(
                        "beta pung anak nona di hong kong su dua minggu sonde balas beta pung WA");
        assertThat(BotConversation.buttonData(last(first))).contains("f:danger:no");

        List<JsonNode> notNow = mother.press("f:danger:no");

        assertThat(text(notNow))
                .contains("0-800-1000", "Portal Peduli WNI", "laporan polisi", "nama sesuai paspor")
                .contains("Mau kami bantu membuat laporan")
                .doesNotContain("1/5");
        assertThat(BotConversation.buttonData(last(notNow))).contains("f:offer:yes", "f:cancel");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);

        String no = text(mother.press("f:cancel"));
        assertThat(no).contains("Tidak ada yang dikirim").doesNotContain("1/5");
        assertThat(queue.urgentWaiting()).isEqualTo(urgentBefore);
    }

    @Test
    void typingNotNowOrDontKnowIsThePressAndTheReportWaitsForAYes() {
        for (String typed : List.of("tidak", "belum tahu", "sonde tau")) {
            BotConversation father =
                    new BotConversation(BOT_API, 881_000_002L + Math.abs(typed.hashCode() % 1000));
            father.say("/keluarga");

            String answered = text(father.say(typed));

            assertThat(answered)
                    .as(typed)
                    .contains("Portal Peduli WNI", "Mau kami bantu membuat laporan")
                    .doesNotContain("1/5")
                    .doesNotContain("Dicatat untuk laporan keluarga");
            assertThat(text(father.press("f:offer:yes"))).as(typed).contains("1/5");
        }
    }
}
