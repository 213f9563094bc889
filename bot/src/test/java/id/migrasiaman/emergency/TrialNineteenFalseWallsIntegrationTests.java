package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 19, through Telegram updates: everyday "help" and "tolong" are no emergency. A schoolboy's
 * "help deadline besok 😭😭" gets neither the hotline wall nor the danger question, and not in
 * English (D24); a village head's "Tolong hubungi saya, … nomor saya …" inside /lapor gets no wall
 * (D18).
 */
class TrialNineteenFalseWallsIntegrationTests extends TelegramChatTest {

    /** D24: a deadline is no danger, and one English word does not switch the language. */
    @Test
    void aSchoolboysDeadlineIsNoEmergencyAndStaysIndonesian() {
        BotConversation boy = new BotConversation(BOT_API, 868_101);
        boy.say("halo kak");
        boy.say("tolong bantu aku PR tentang TPPO dong");
        boy.say("apa itu TPPO dan undang2nya nomor berapa");

        String reply = text(boy.say("help deadline besok 😭😭"));

        assertThat(reply)
                .doesNotContain("Apakah ada orang dalam bahaya")
                .doesNotContain("Is anyone in danger")
                .doesNotContain("Official help numbers")
                .doesNotContain("Nomor bantuan resmi");
    }

    /** D18: a village head asking to be contacted inside /lapor: no wall, no danger question. */
    @Test
    void aVillageHeadAskingToBeContactedInAReportGetsNoWall() {
        BotConversation head = new BotConversation(BOT_API, 868_102);
        head.say("Selamat siang. Saya kepala desa di salah satu desa di Kec. Fatuleu.");
        head.say("/lapor");
        head.say(
                "Perekrut bernama Pak Markus (mengaku dari PT Sinar Abadi Jaya, Surabaya) minta"
                        + " kepala desa tanda tangan surat izin untuk 10 anak muda, kerja sawit"
                        + " Kalimantan lalu Malaysia, tanpa paspor kerja. Dia tawarkan amplop Rp2"
                        + " juta.");
        head.say("Pak Markus, HP 0813-3456-7788, pakai mobil Innova hitam");
        head.say("Desa di Kec. Fatuleu, Kabupaten Kupang");

        String reply =
                text(head.say("Tolong hubungi saya, saya kepala desa, nomor saya 0852-1111-2233"));

        assertThat(reply)
                .doesNotContain("Apakah ada orang dalam bahaya")
                .doesNotContain("Nomor bantuan resmi");
    }
}
