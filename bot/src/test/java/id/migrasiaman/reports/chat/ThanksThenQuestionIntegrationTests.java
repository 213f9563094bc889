package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Found by a black-box trial (trial 18, D5; three personas): after sending a report, "makasih
 * banyak kaka, Tuhan berkati. nanti laki pung kapal jalan lai beta harus bikin apa?" got only "your
 * report is with the Satgas". Thanks, a blessing and "kaka" are courtesies; the question after them
 * is what is answered.
 */
class ThanksThenQuestionIntegrationTests extends TelegramChatTest {

    @Test
    void aQuestionAfterThanksAndABlessingIsNotSwallowedByTheThanksReply() {
        BotConversation istri = reported(864_301);

        String reply =
                text(
                        istri.say(
                                "makasih banyak kaka, Tuhan berkati. nanti laki pung kapal jalan"
                                        + " lai beta harus bikin apa?"));

        assertThat(reply).doesNotContain("sudah diterima Satgas");
    }

    @Test
    void aFathersQuestionAboutWhatToTellHisChildIsNotSwallowedEither() {
        BotConversation bapak = reported(864_302);

        String reply =
                text(
                        bapak.say(
                                "Terima kasih. Sy harus bilang apa ke anak sy supaya dia tdk jadi"
                                        + " berangkat?"));

        assertThat(reply).doesNotContain("sudah diterima Satgas");
    }

    @Test
    void thanksAloneStillGetsTheReportsReceipt() {
        BotConversation istri = reported(864_303);

        assertThat(text(istri.say("makasih banyak kaka, Tuhan berkati")))
                .contains("sudah diterima Satgas");
    }

    private static BotConversation reported(long chatId) {
        BotConversation who = new BotConversation(BOT_API, chatId);
        who.say("/lapor");
        who.say("ada calo di desa minta uang 3 juta untuk kerja di kapal ikan taiwan, tahun lalu");
        who.say("Om Yan");
        who.press("r:kec:1");
        who.press("r:skip");
        who.press("r:when:older");
        who.press("r:dest:TW");
        who.press("r:skip");
        who.press("r:victims:1");
        who.press("r:minors:no");
        who.press("r:done");
        who.press("r:contact:no");
        assertThat(text(who.press("r:send"))).contains("Laporan terkirim");
        return who;
    }
}
