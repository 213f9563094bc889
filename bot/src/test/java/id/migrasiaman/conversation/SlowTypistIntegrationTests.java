package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Found by a black-box trial (trial 18, D27): a grandmother typing one piece at a time got "Halo!"
 * for "ini oma" after her greeting, and again for "oma taku dia mati ko apa". A piece that does not
 * greet gets no second hello but a request to tell a little more.
 */
class SlowTypistIntegrationTests extends TelegramChatTest {

    @Test
    void aPieceThatDoesNotGreetGetsNoSecondHello() {
        BotConversation oma = new BotConversation(BOT_API, 864_701);
        assertThat(text(oma.say("slamat pagi"))).contains("Halo");

        String second = text(oma.say("ini oma"));

        assertThat(second).doesNotContain("Halo!");
    }
}
