package id.migrasiaman.stories;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Found by a black-box trial (trial 18, D24): a returned worker telling her story remembered that
 * the recruiter still recruits and pressed "🚨 Laporkan calo ini"; the report was sent, but nothing
 * said what became of her story, and "cerita beta yg tadi tu jadi dikirim ko sonde?" got "no
 * answer". She is told where her story went and that it is not shared, and her question is
 * answered.
 */
class StoryThenReportIntegrationTests extends TelegramChatTest {

    @Test
    void theReportSaysTheStoryIsNotSharedAndHerQuestionAboutItIsAnswered() {
        BotConversation mama = new BotConversation(BOT_API, 864_501);
        mama.say("/cerita");
        mama.press("s:start");
        mama.press("s:c:MY");
        mama.press("s:r:NONPROCEDURAL");
        mama.say(
                "thn 2019 beta pi malaysia lewat kapal dr tenau ke nunukan, trus speedboat ke"
                        + " tawau. yg bawa katong tu om dari kampung sebelah, dia bilang gaji 3"
                        + " juta, sonde usah paspor");
        mama.say(
                "di sabah beta kerja di kebun sawit 3 thn, paspor sonde ada, gaji dipotong terus"
                        + " utk bayar 'utang' tiket. thn 2022 beta ditangkap polis dan dideportasi"
                        + " lewat nunukan");
        mama.say(
                "eh baru beta ingat, om itu sampe sekarang masih rekrut anak2 muda. minggu lalu dia"
                        + " datang ke beta pung tetangga di Oelpuah, mau bawa 3 nyong ke sabah"
                        + " bulan depan. beta bisa lapor dia ko?");

        String report = text(mama.press("m:report"));
        assertThat(report).contains("tidak</b> dibagikan", "Bagikan pengalaman");

        String summary = "";
        for (int i = 0; i < 12 && !summary.contains("Ringkasan"); i++) {
            summary = text(mama.say("lewati"));
        }
        assertThat(text(mama.press("r:send"))).contains("Laporan terkirim");

        String asked =
                text(
                        mama.say(
                                "cerita beta yg tadi tu jadi dikirim ko sonde? beta mau orang lain"
                                        + " baca supaya sonde tatipu kaya beta"));
        assertThat(asked)
                .contains("tidak dibagikan untuk dibaca orang lain", "Bagikan pengalaman")
                .doesNotContain("belum punya jawaban pasti");
    }
}
