package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 19: a reporter who types facts in a burst, an elderly father who types the buttons' words,
 * someone who describes a recruiter and then says "report this person", a report that must not go
 * without a yes. What each of them sees, through Telegram updates.
 */
class TrialNineteenReportsIntegrationTests extends TelegramChatTest {

    private static final String WHERE_QUESTION = "Di kecamatan mana?";

    /**
     * D11: after /lapor a young man sends four short messages without waiting for the questions.
     * The name answers "who?"; the country and the wage are no kecamatan: they are kept in "what
     * happened" and the kecamatan is asked again. The summary holds every fact in its place.
     */
    @Test
    void factsTypedInABurstAreKeptAndTheOpenStepIsAskedAgain() {
        BotConversation man = new BotConversation(BOT_API, 871_001);
        man.say("/lapor");
        man.say("ada calo datang ke kampung kami minggu lalu");
        man.say("namanya om Yakob Nenobais");

        String country = text(man.say("dia janji kerja di perkebunan malaysia"));
        String wage = text(man.say("gajinya katanya 8 juta sebulan"));

        assertThat(country).contains("Dicatat").contains(WHERE_QUESTION);
        assertThat(wage).contains("Dicatat").contains(WHERE_QUESTION);
        man.press("r:kec:0");
        for (int i = 0; i < 8; i++) {
            man.press("r:skip");
        }
        man.press("r:done");
        String summary = text(man.press("r:contact:no"));
        assertThat(summary)
                .contains("Siapa: namanya om Yakob Nenobais")
                .contains("perkebunan malaysia")
                .contains("8 juta")
                .doesNotContain("Lainnya: dia janji");
    }

    /**
     * D25: an elderly father types the buttons' words instead of pressing them, with chat spellings
     * and emoji. Each is the button: nothing is filed as an answer, and "Kirim 📨" sends.
     */
    @Test
    void typedButtonWordsWithEmojiAndChatSpellingsAreTheButtons() {
        BotConversation father = new BotConversation(BOT_API, 871_002);
        father.say("/lapor");
        father.say("ada orang tawar beta pung anak kerja di kapal ikan, minta uang 5 juta");
        for (String skip :
                new String[] {"lewati", "lewatii", "skip", "ga tau", "Lanjut", "lanjutt ➡️"}) {
            assertThat(text(father.say(skip))).as(skip).doesNotContain("Dicatat");
        }
        father.say("lewati");
        father.say("Tidak ❌");
        father.say("Lanjut");
        String summary = text(father.say("tdk"));
        assertThat(summary).contains("Ringkasan laporan").doesNotContain("lewat");

        assertThat(text(father.say("Kirim 📨"))).contains("Laporan terkirim");
    }

    /**
     * D20: at the summary an "ok" typed quickly sends nothing; the summary says how to send. Only
     * "ya" or the Send button sends it.
     */
    @Test
    void aReportIsSentOnlyAfterAPlainYesOrSend() {
        BotConversation reporter = new BotConversation(BOT_API, 871_003);
        reporter.say("/lapor");
        reporter.say("calo minta uang 3 juta buat berangkat ke malaysia tanpa paspor");
        for (int i = 0; i < 9; i++) {
            reporter.press("r:skip");
        }
        reporter.press("r:done");
        reporter.press("r:contact:no");

        String ok = text(reporter.say("ok"));
        String plain = text(reporter.say("ya"));

        assertThat(ok).contains("belum dikirim").doesNotContain("Laporan terkirim");
        assertThat(plain).contains("Laporan terkirim");
    }

    /**
     * D18: a woman describes the man who recruits in her village, then writes "Saya mau laporkan
     * orang ini. Dan saya bersedia dihubungi petugas." The report starts with her description as
     * "what happened", not the off-topic refusal.
     */
    @Test
    void reportThisPersonAfterDescribingARecruiterStartsTheReport() {
        BotConversation woman = new BotConversation(BOT_API, 871_004);
        woman.say(
                "di desa kami ada bapak Frans Lado keliling rumah ajak anak2 perempuan kerja di"
                        + " malaysia, dia bilang tidak perlu paspor");

        String started =
                text(
                        woman.say(
                                "Saya mau laporkan orang ini. Dan saya bersedia dihubungi petugas."));

        assertThat(started).doesNotContain("hanya bisa membantu").contains("Laporkan calo");
        for (int i = 0; i < 9; i++) {
            woman.press("r:skip");
        }
        woman.press("r:done");
        String summary = text(woman.press("r:contact:yes"));
        assertThat(summary).contains("Frans Lado").contains("tidak perlu paspor");
    }
}
