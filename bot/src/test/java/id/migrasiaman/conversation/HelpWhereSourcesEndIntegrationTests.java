package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 12 (D12): Yakobus, 23, finished the guide's steps for Japan and asked where to do lapor
 * diri there and whom to call if something goes wrong; he got only the Indonesian hotline list. He
 * must hear of Portal Peduli WNI and Safe Travel, the Kemlu hotline and KP2MI from abroad, and
 * honestly that Japan's emergency number and the embassy's are not in our sources.
 */
class HelpWhereSourcesEndIntegrationTests extends TelegramChatTest {

    @Test
    void registeringAndHelpInJapanAreAnsweredHonestly() {
        BotConversation yakobus = new BotConversation(BOT_API, 822_301);
        String reply =
                text(
                        yakobus.say(
                                "lapor diri di jepang itu di mana? trus kalo ada masalah di"
                                        + " jepang sy telpon sapa?"));
        assertThat(reply)
                .contains("peduliwni.kemlu.go.id")
                .contains("Safe Travel")
                .contains("+62 812 9007 0027")
                .contains("+62 21 2924 4800")
                .contains("belum ada di sumber kami");
    }

    @Test
    void inEnglishTheSame() {
        BotConversation yakobus = new BotConversation(BOT_API, 822_302, "en");
        String reply =
                text(
                        yakobus.say(
                                "where do I register myself in Japan, and who do I call if I"
                                        + " have a problem there?"));
        assertThat(reply)
                .contains("peduliwni.kemlu.go.id")
                .contains("+62 812 9007 0027")
                .contains("not in our sources");
    }
}
