package id.migrasiaman.family;

import static id.migrasiaman.telegram.BotReplies.reportCode;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 12 (D1, D2): Mama Ros in Amfoang, whose son has worked a year on a fishing boat without
 * pay, was thanked for "her story" and offered to publish it; asking "who can help?" got the
 * off-topic refusal; and after her family report, "can his year of wages be claimed back?" got the
 * rules on who may migrate. She must reach the family path, and her wage question must be answered
 * with where to complain and what to bring (FACTS 14.5, 14.6).
 */
class FamilyUnpaidWagesIntegrationTests extends TelegramChatTest {

    @Test
    void aMotherWhoseSonIsUnpaidOnAFishingBoatReachesTheFamilyPath() {
        BotConversation ros = new BotConversation(BOT_API, 812_401);
        ros.say("/start");
        String first =
                text(
                        ros.say(
                                "sa pung anak laki ada kerja di kapal ikan su 1 taun, dia seng dapa"
                                        + " gaji sama sekali. dia cuma kirim pesan 1 bulan 1 kali."
                                        + " sa mau bikin apa?"));
        assertThat(first)
                .contains("Keluarga di luar negeri")
                .contains("0-800-1000")
                .doesNotContain("Terima kasih sudah bercerita")
                .doesNotContain("Maaf, kami hanya bisa membantu");
    }

    @Test
    void inEnglishTooAnUnpaidSonAbroadIsAFamilyCase() {
        BotConversation mother = new BotConversation(BOT_API, 812_402, "en");
        String first =
                text(
                        mother.say(
                                "my son works on a fishing boat in Taiwan and has not been paid"
                                        + " for a year. what can I do?"));
        assertThat(first).contains("0-800-1000").contains("Peduli WNI");
    }

    @Test
    void afterHerReportHerQuestionAboutHisWagesIsAnsweredWithWhereToComplain() {
        BotConversation ros = new BotConversation(BOT_API, 812_403);
        ros.say("sa pung anak laki di kapal ikan su 1 taun, seng dapa gaji. sapa yang bisa bantu?");
        ros.press("f:danger:no");
        ros.press("f:offer:yes");
        for (int question = 0; question < 4; question++) {
            ros.press("f:skip");
        }
        ros.press("f:contact:yes");
        String sent = text(ros.press("f:send"));
        String code = reportCode(sent);

        String wages =
                text(
                        ros.say(
                                "trus sa pung anak pung gaji 1 taun bagemana? bisa minta kembali ko?"));
        assertThat(wages)
                .contains("Gaji yang tidak dibayar")
                .contains("0811-8080-141")
                .contains("slip gaji")
                .contains(code)
                .doesNotContain("Umur paling rendah");
    }

    @Test
    void inEnglishTheWageQuestionAfterAReportIsAnsweredToo() {
        BotConversation uncle = new BotConversation(BOT_API, 812_404, "en");
        uncle.say("/keluarga");
        uncle.press("f:danger:no");
        uncle.press("f:offer:yes");
        uncle.press("f:skip");
        uncle.press("f:a:TW");
        uncle.press("f:skip");
        uncle.press("f:skip");
        uncle.press("f:a:unpaid");
        uncle.press("f:contact:no");
        assertThat(text(uncle.press("f:send"))).contains("Report sent");

        String wages = text(uncle.say("what about his unpaid wages, can we claim them back?"));
        assertThat(wages).contains("Unpaid wages").contains("payslips");
    }
}
