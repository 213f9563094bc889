package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Found by a black-box trial (trial 12, D13): a man reports a relative who gathers young people,
 * children among them, to leave this week by ship from Tenau. The receipt must tell him to call the
 * police now and name the child line, not only "the Satgas will review this report"; a report of an
 * older case without children keeps the plain receipt.
 */
class ChildrenLeavingSoonIntegrationTests extends TelegramChatTest {

    @Test
    void aReportOfChildrenLeavingThisWeekSaysCall110NowAndNamesTheChildLine() {
        BotConversation daniel = new BotConversation(BOT_API, 742_101);
        daniel.say("/lapor");
        daniel.say(
                "ada om di desa kumpul anak2 muda, bilang kerja kebun sawit di malaysia, minta uang"
                        + " 1,5 juta per orang. brangkat lewat tenau ke nunukan");
        daniel.say("Daniel");
        daniel.press("r:kec:1");
        daniel.press("r:skip");
        daniel.press("r:when:week");
        daniel.press("r:dest:MY");
        daniel.say("lewat tenau naik kapal ke nunukan");
        daniel.press("r:victims:6+");
        daniel.press("r:minors:yes");
        daniel.press("r:done");
        daniel.press("r:contact:no");

        String receipt = text(daniel.press("r:send"));

        assertThat(receipt).contains("Laporan terkirim", "Polisi 110 sekarang", "SAPA 129");
    }

    @Test
    void anOlderReportWithoutChildrenKeepsThePlainReceipt() {
        BotConversation someone = new BotConversation(BOT_API, 742_102);
        someone.say("/lapor");
        someone.say("ada calo di desa minta uang 3 juta untuk kerja di malaysia, tahun lalu");
        someone.say("Yuli");
        someone.press("r:kec:1");
        someone.press("r:skip");
        someone.press("r:when:older");
        someone.press("r:dest:MY");
        someone.press("r:skip");
        someone.press("r:victims:1");
        someone.press("r:minors:no");
        someone.press("r:done");
        someone.press("r:contact:no");

        String receipt = text(someone.press("r:send"));

        assertThat(receipt).contains("Laporan terkirim").doesNotContain("110 sekarang");
    }
}
