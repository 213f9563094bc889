package id.migrasiaman.family;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Found by a black-box trial (trial 18, D28): a grandmother typing slowly sent "Yuliana" for her
 * granddaughter's name, then "Yuliana Tefa" to finish it; the full name was filed as the country
 * and every later answer went one field down. A name finished in a second message finishes the
 * name, and the question she was asked stays.
 */
class NameInPiecesIntegrationTests extends TelegramChatTest {

    @Test
    void theNameFinishedInASecondMessageIsTheNameNotTheCountry() {
        BotConversation oma = new BotConversation(BOT_API, 864_601);
        oma.say("/keluarga");
        oma.press("f:danger:no");
        oma.press("f:offer:yes");
        oma.say("Yuliana");

        String reply = text(oma.say("Yuliana Tefa"));

        assertThat(reply).contains("Yuliana Tefa");
        String step = text(oma.say("di malaysia"));
        for (int i = 0; i < 6 && !step.contains("5/5"); i++) {
            step = text(oma.say("lewati"));
        }
        String summary = text(oma.press("f:contact:no"));
        assertThat(summary)
                .contains("Nama (paspor): Yuliana Tefa")
                .doesNotContain("Negara/kota: Yuliana");
    }
}
