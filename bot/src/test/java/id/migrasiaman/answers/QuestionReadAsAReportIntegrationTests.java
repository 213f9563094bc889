package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Ibu Yuliana's family took money from a recruiter, and she asks whether her son must now go. The
 * intent model hears "calo" and "uang" and reads a broker report; she asked a question, and gets
 * the answer about uang sirih. Her neighbour, who tells the bot about a recruiter with his phone
 * number, still gets the report flow.
 */
class QuestionReadAsAReportIntegrationTests extends TelegramChatTest {

    @Test
    void aQuestionAboutMoneyFromARecruiterGetsTheUangSirihAnswer() {
        BotConversation yuliana = new BotConversation(BOT_API, 796_101);
        String reply =
                text(
                        yuliana.say(
                                "calo sudah kasih uang ke keluarga kami, apakah anak saya wajib"
                                        + " ikut dia?"));
        assertThat(reply).containsIgnoringCase("uang sirih").doesNotContain("Mau buat laporan");
    }

    @Test
    void aReportToldAsSuchKeepsTheReportFlow() {
        BotConversation neighbour = new BotConversation(BOT_API, 796_102);
        String reply =
                text(
                        neighbour.say(
                                "Ada calo di Oesao, nomornya 081234567890, dia rekrut anak SMA ke"
                                        + " Malaysia"));
        assertThat(reply)
                .doesNotContainIgnoringCase("uang sirih")
                .containsAnyOf("laporan", "lapor");
    }

    @Test
    void aGreetingWithAQuestionGetsTheAnswerNotOnlyTheMenu() {
        BotConversation maria = new BotConversation(BOT_API, 796_103);
        String reply = text(maria.say("halo kak, ciri2 calo apa saja?"));
        assertThat(reply).doesNotStartWith("Halo!").contains("calo");
        BotConversation kakak = new BotConversation(BOT_API, 796_104);
        assertThat(text(kakak.say("halo kak apa kabar?"))).contains("Halo");
    }
}
