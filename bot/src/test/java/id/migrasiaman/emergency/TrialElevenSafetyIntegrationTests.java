package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The black-box trial of round 11, told again through Telegram updates: two young women held in
 * Indonesia before being shipped on, one of them writing on a phone she hides from the recruiter.
 */
class TrialElevenSafetyIntegrationTests extends TelegramChatTest {

    /**
     * D23 (critical): locked in a house in Batam, to be shipped to Malaysia tomorrow, her phone
     * about to be taken. Malaysia's 999 and its missions do not reach her in Batam: the police
     * number that works where she is comes first.
     */
    @Test
    void aWomanLockedInBatamBeforeTheBoatGetsThePoliceFirst() {
        BotConversation woman = new BotConversation(BOT_API, 814_001);
        List<JsonNode> alarm =
                woman.say(
                        "tolong sa dikurung di rumah di batam, hp mau diambil, besok mau dibawa"
                                + " naik kapal ke malaysia");
        String first = alarm.get(0).path("text").asText();
        assertThat(first).contains("110").doesNotContain("Nomor darurat di Malaysia");
        if (first.contains("0-800-1000")) {
            assertThat(first.indexOf("110")).isLessThan(first.indexOf("0-800-1000"));
        }
        assertThat(text(alarm)).contains("Satgas sudah diberi tahu");
    }

    /**
     * D24: eight girls locked in a kos in Sikumana, writing on a hidden phone. The police come
     * first, and she is not told to keep a chat that could be found on that phone.
     */
    @Test
    void aGirlOnAHiddenPhoneIsNotToldToKeepTheChat() {
        BotConversation girl = new BotConversation(BOT_API, 814_002);
        List<JsonNode> alarm =
                girl.say(
                        "beta deng 8 nona dikunci di kos di sikumana, calo ambil hp dong, beta pake"
                                + " hp sembunyi. lusa mau dibawa ke surabaya");
        String all = text(alarm);
        String first = alarm.get(0).path("text").asText();
        assertThat(first).contains("110");
        if (first.contains("0-800-1000")) {
            assertThat(first.indexOf("110")).isLessThan(first.indexOf("0-800-1000"));
        }
        assertThat(all).doesNotContain("Jangan hapus percakapan ini");
        assertThat(all).contains("Satgas sudah diberi tahu");
    }
}
