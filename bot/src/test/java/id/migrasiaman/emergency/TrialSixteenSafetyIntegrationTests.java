package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 16, through Telegram updates: a woman hiding from the agent who beats her was told "do not
 * delete this chat" (D14, critical); a lost wallet and a song line raised the emergency screen
 * (D18); a frightened girl who asked "what do I do?" at the danger question was told the bot had no
 * answer (D3); a grandmother's typed answers at the family form's danger question got the button
 * line alone (D26).
 */
class TrialSixteenSafetyIntegrationTests extends TelegramChatTest {

    private static final String DANGER_QUESTION = "Apakah ada orang dalam bahaya sekarang";

    @Test
    void aWomanBeatenAndHidingIsNeverToldToKeepTheChat() {
        BotConversation woman = new BotConversation(BOT_API, 841_012);
        woman.say(
                "tolong sa dikunci di kamar sama agen di batam, dong ambil hp teman2, sa sembunyi pake hp ini");

        String reply =
                text(
                        woman.say(
                                "bos pukul sa tadi malam dan sa pung anak umur 14 dong bawa pergi ke"
                                        + " tempat lain"));

        assertThat(reply).doesNotContain("Jangan hapus percakapan ini");
    }

    @Test
    void aLostWalletAndASongLineAreNoEmergency() {
        BotConversation resident = new BotConversation(BOT_API, 841_013);
        assertThat(text(resident.say("dompet sa hilang di pasar oeba tadi")))
                .doesNotContain("Nomor bantuan resmi", DANGER_QUESTION);

        BotConversation singer = new BotConversation(BOT_API, 841_014, "en");
        assertThat(text(singer.say("help me if you can I'm feeling down 🎵")))
                .doesNotContain("Is anyone in danger right now");
    }

    @Test
    void aFrightenedGirlAskingWhatToDoAtTheDangerQuestionIsToldWhatToDo() {
        BotConversation girl = new BotConversation(BOT_API, 841_015);
        girl.say("eh kak sa su di jakarta skrg. tanta ambil sa pung hp dan ktp, ini pake hp teman");

        String reply = text(girl.say("sa takut kak, harus bagaimana?"));

        assertThat(reply)
                .contains("Yang bisa Anda lakukan sekarang", "110")
                .doesNotContain("belum punya jawaban pasti");
    }

    @Test
    void aGrandmotherWhoseDaughterIsSilentForMonthsGetsTheFamilySteps() {
        BotConversation grandmother = new BotConversation(BOT_API, 841_017);
        grandmother.say("tolg nak");
        grandmother.say("sy nenek");

        String reply = text(grandmother.say("anak sy di malasya 6 bln tdk krm uang tdk tlp"));

        assertThat(reply).contains("Keluarga di luar negeri", "0-800-1000");
    }

    @Test
    void aGrandmotherTypingAtTheFamilyDangerQuestionIsHeard() {
        BotConversation grandmother = new BotConversation(BOT_API, 841_016);
        grandmother.say("/keluarga");

        String reply = text(grandmother.say("sudah 6 bulan"));

        assertThat(reply).contains("Dicatat untuk laporan keluarga");
    }
}
