package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 12 (D5): Maria, 19, deciding whether to report the TikTok "kakak" who paid her parents,
 * asked whether the recruiter would know it was her, afraid he would turn on her family. The bot
 * answered with the family-permission topic. The fear decides whether she reports: she must hear
 * that she may report without her name, that the reported person is not told, and Polisi 110 if her
 * family is threatened.
 */
class FearOfReportingIntegrationTests extends TelegramChatTest {

    @Test
    void herFearOfBeingKnownAsTheReporterIsAnsweredFirst() {
        BotConversation maria = new BotConversation(BOT_API, 812_501);
        String reply =
                text(
                        maria.say(
                                "mama bapa su trima uang dan su setuju. kalo sy lapor, kakak itu"
                                        + " tau ko sy yang lapor? sy takut dia marah ke sy pung"
                                        + " keluarga"));
        assertThat(reply)
                .contains("tanpa nama")
                .contains("tidak diberi tahu siapa yang melapor")
                .contains("Polisi 110")
                .doesNotContain("Izin keluarga");
    }

    @Test
    void inEnglishTheSameFearGetsTheSameAnswer() {
        BotConversation maria = new BotConversation(BOT_API, 812_502, "en");
        String reply =
                text(
                        maria.say(
                                "if I report the recruiter, will he know it was me? I am worried"
                                        + " he will be angry with my parents"));
        assertThat(reply).contains("without giving your name").contains("is not told who reported");
    }

    @Test
    void aReportingQuestionWithoutFearIsNotTakenForIt() {
        assertThat(ReporterFear.beforeReporting("bagaimana cara lapor calo?")).isFalse();
        assertThat(ReporterFear.beforeReporting("kalo sy lapor nama sy dirahasiakan ko?")).isTrue();
    }
}
