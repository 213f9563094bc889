package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 11 (D16): a reporter's fear of her neighbour finding out, typed at "anyone under 18?", was
 * filed as the "number of people" and the under-18 question was never asked again.
 */
class ReporterFearIntegrationTests extends TelegramChatTest {

    @Test
    void herFearIsNotFiledAsAFactAndTheUnder18QuestionComesBack() {
        BotConversation ima = new BotConversation(BOT_API, 743_001);
        ima.say("/lapor");
        story(ima, "Ada ibu2 di Desa Oelpuah kumpul anak muda, kasi uang 5 juta ke orang tua");
        ima.say("Mama Ros, facebook Rosalina Kupang");
        ima.press("r:kec:0");
        ima.press("r:skip");
        ima.press("r:when:week");
        ima.press("r:dest:MY");
        ima.say("lewat pelabuhan Bolok");
        ima.press("r:victims:2-5");

        List<JsonNode> fear = ima.say("saya takut dia tahu saya yang lapor. dia tetangga saya");
        if (text(fear).contains("Apakah ada orang dalam bahaya")) {
            // The safety layer may ask first; "no" goes back to the report.
            fear = ima.press("em:no");
        }
        assertThat(text(fear)).contains("di bawah 18 tahun");

        ima.press("r:minors:no");
        ima.press("r:done");
        String summary = text(ima.press("r:contact:no"));
        assertThat(summary).contains("Ringkasan").doesNotContain("takut", "tetangga");
    }

    /**
     * Trial 12 (D8): at "Bukti?" Maria wrote that she has a screenshot of the DM but is afraid to
     * send it ("will he see it?"). The bot answered "Dicatat ✅" and appended her question to "what
     * happened". She must hear who sees the evidence first, and be asked for it again.
     */
    @Test
    void herFearOfSendingTheScreenshotIsAnsweredNotAppendedToTheReport() {
        BotConversation maria = new BotConversation(BOT_API, 743_002);
        toEvidence(
                maria, "kakak di tiktok tawarin kerja hotel di malaysia, sy harus brangkat cepat");

        List<JsonNode> fear =
                maria.say("sy ada screenshot DM tapi sy takut kirim, nanti dia liat ko?");
        if (text(fear).contains("Apakah ada orang dalam bahaya")) {
            fear = maria.press("em:no");
        }
        assertThat(text(fear))
                .contains("hanya dilihat petugas")
                .contains("tidak diberi tahu siapa yang melapor")
                .contains("7/8")
                .doesNotContain("Dicatat");

        maria.press("r:done");
        String summary = text(maria.press("r:contact:no"));
        assertThat(summary).contains("Ringkasan").doesNotContain("screenshot", "takut");
    }

    @Test
    void inEnglishTooTheQuestionAtTheEvidenceStepIsAnswered() {
        BotConversation grace = new BotConversation(BOT_API, 743_003, "en");
        toEvidence(
                grace, "an agent on facebook recruits girls for malaysia and takes their ID cards");

        List<JsonNode> fear =
                grace.say("I have photos of his messages, but will he see them if I send?");
        if (text(fear).contains("danger")) {
            fear = grace.press("em:no");
        }
        assertThat(text(fear)).contains("Only the task force officers see").contains("7/8");
        grace.press("r:done");
        String summary = text(grace.press("r:contact:no"));
        assertThat(summary).doesNotContain("photos of his messages");
    }

    private static void toEvidence(BotConversation reporter, String what) {
        reporter.say("/lapor");
        story(reporter, what);
        reporter.say("Kak Sinta, akun tiktok sinta.kerja");
        reporter.press("r:kec:0");
        reporter.press("r:skip");
        reporter.press("r:when:week");
        reporter.press("r:dest:MY");
        reporter.press("r:skip");
        reporter.press("r:victims:2-5");
        reporter.press("r:minors:no");
    }

    /**
     * The story; when the safety layer asks "is anyone in danger now?" beside it, "no" goes back to
     * the report, whose next question is then shown (a text typed under the danger question is no
     * answer to a question not shown: trial 16, D8).
     */
    private static void story(BotConversation reporter, String what) {
        List<JsonNode> replies = reporter.say(what);
        String all = text(replies);
        if (all.contains("Apakah ada orang dalam bahaya") || all.contains("Is anyone in danger")) {
            reporter.press("em:no");
        }
    }

    @Test
    void herOwnFearIsToldApartFromTheRecruitsFear() {
        assertThat(ReporterFear.told("saya takut dia tahu saya yang lapor")).isTrue();
        assertThat(ReporterFear.told("I'm scared he will know it was me")).isTrue();
        assertThat(ReporterFear.told("anak-anak itu takut, tidak tahu mau ke mana")).isFalse();
        assertThat(ReporterFear.mentioned("sy ada screenshot tapi sy takut kirim")).isTrue();
        assertThat(ReporterFear.mentioned("nanti dia liat ko?")).isTrue();
        assertThat(ReporterFear.mentioned("ini screenshot DM nya")).isFalse();
    }
}
