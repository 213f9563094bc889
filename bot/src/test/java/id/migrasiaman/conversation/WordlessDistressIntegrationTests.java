package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 12 (D23): after some nonsense, a teenager sends only crying and pleading emoji. He got "we
 * can only help with working abroad". Someone who cannot type what is wrong must be asked gently
 * what happened, with the emergency button if someone is in danger now, and no staff alarm.
 */
class WordlessDistressIntegrationTests extends TelegramChatTest {

    @Test
    void cryingEmojiAreAskedGentlyWhatHappened() {
        BotConversation rio = new BotConversation(BOT_API, 822_201);
        rio.say("asdfghjkl qwerty 🤡🤡🤡");

        List<JsonNode> replies = rio.say("😭😭😭🙏🙏");

        assertThat(text(replies))
                .contains("Ada apa?")
                .contains("Ceritakan pelan-pelan")
                .contains("Darurat")
                .doesNotContain("hanya bisa membantu")
                .doesNotContain("LPR-");
        assertThat(replies)
                .anySatisfy(r -> assertThat(BotConversation.buttonData(r)).contains("m:emergency"));
        assertThat(replies)
                .allSatisfy(
                        r ->
                                assertThat(BotConversation.buttonData(r))
                                        .noneMatch(d -> d.startsWith("em:")));
    }

    @Test
    void inEnglishTheSameGentleQuestion() {
        BotConversation rio = new BotConversation(BOT_API, 822_202, "en");
        assertThat(text(rio.say("😢😢 🙏"))).contains("Tell us slowly").contains("Emergency");
    }

    @Test
    void prayingHandsAloneOrWordsAreNotTakenForIt() {
        assertThat(WordlessDistress.wordless("🙏")).isFalse();
        assertThat(WordlessDistress.wordless("makasih kak 😭🙏")).isFalse();
        assertThat(WordlessDistress.wordless("😭😭😭🙏🙏")).isTrue();
    }
}
