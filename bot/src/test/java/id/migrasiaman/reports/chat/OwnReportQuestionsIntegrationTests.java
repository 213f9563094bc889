package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Found by a black-box trial (trial 18, D29): a reporter who did not remember /tambah asked "sy mau
 * tambah foto ke laporan yg tadi, caranya gmn?" and "sy mau lihat isi laporan sy yg tadi" and was
 * told the bot only helps with reporting calo. Questions about her own report are answered.
 */
class OwnReportQuestionsIntegrationTests extends TelegramChatTest {

    @Test
    void askingToAddAPhotoToHerReportOpensItForThePhoto() {
        BotConversation ibu = new BotConversation(BOT_API, 864_401);
        String code = reported(ibu);

        String reply = text(ibu.say("sy mau tambah foto ke laporan yg tadi, caranya gmn?"));

        assertThat(reply).contains("laporan <b>" + code + "</b>").doesNotContain("hanya bisa");
    }

    @Test
    void askingToSeeWhatSheWroteShowsIt() {
        BotConversation ibu = new BotConversation(BOT_API, 864_402);
        String code = reported(ibu);

        String reply = text(ibu.say("sy mau lihat isi laporan sy yg tadi, apa yg sy tulis"));

        assertThat(reply)
                .contains(code, "uang sirih pinang", "Mama Ros")
                .doesNotContain("hanya bisa");
    }

    private static String reported(BotConversation who) {
        who.say("/lapor");
        who.say(
                "ada ibu di Tuapukan kasi uang sirih pinang ke orang tua, mau bawa nona2 kerja di"
                        + " malaysia");
        who.say("Mama Ros");
        who.press("r:kec:1");
        who.press("r:skip");
        who.press("r:when:week");
        who.press("r:dest:MY");
        who.press("r:skip");
        who.press("r:victims:2-5");
        who.press("r:minors:no");
        who.press("r:done");
        who.press("r:contact:no");
        return reportCode(text(who.press("r:send")));
    }
}
