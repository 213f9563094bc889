package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 19: people who open with "kk" or "mau tanya" and then wait. The bot says hello once, never
 * twice in a row, and asks them to go on with their question.
 */
class TrialNineteenGreetingIntegrationTests extends TelegramChatTest {

    private static final String GO_ON = "Silakan, mau tanya apa?";

    /** "kk" as a first message is greeted and asked what the question is. */
    @Test
    void anOpenerIsGreetedOnceAndAskedToGoOn() {
        BotConversation girl = new BotConversation(BOT_API, 871_101);

        String first = text(girl.say("kk"));
        String second = text(girl.say("aku mau nanya kak"));

        assertThat(first).contains("Halo!").contains(GO_ON);
        assertThat(second).doesNotContain("Halo!").contains(GO_ON);
    }

    /** A second "halo" right after the bot's hello gets no second hello. */
    @Test
    void aSecondHelloInARowIsNotGreetedAgain() {
        BotConversation man = new BotConversation(BOT_API, 871_102);
        assertThat(text(man.say("selamat siang"))).contains("Halo!");

        assertThat(text(man.say("halo"))).doesNotContain("Halo!");
    }
}
