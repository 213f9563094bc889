package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Found by a black-box trial (trial 18, D10): an Indonesian father reporting an umrah-visa job
 * offer typed the recruiter's half-remembered number ("no HP 0813 3xxx xxxx") and the report went
 * on in English. A number, a name or an abbreviation is no sign of a language; only words are.
 */
class LanguageKeptOnNumbersIntegrationTests extends TelegramChatTest {

    @Test
    void aMaskedPhoneNumberAtWhoKeepsTheReportInIndonesian() {
        BotConversation bapak = new BotConversation(BOT_API, 864_201);
        bapak.say("/lapor");
        bapak.say("ada orang tawarkan kerja PRT ke Saudi pakai visa umrah");

        String next = text(bapak.say("Ustadz H, tinggal di Kupang, no HP 0813 3xxx xxxx"));

        assertThat(next).contains("3/8", "kecamatan mana").doesNotContain("Which");
        assertThat(text(bapak.say("Desa Pantulan"))).doesNotContain("village", "When?");
    }

    @Test
    void anEnglishSentenceStillTurnsTheConversationToEnglish() {
        BotConversation volunteer = new BotConversation(BOT_API, 864_202);
        volunteer.say("/lapor");

        String next =
                text(
                        volunteer.say(
                                "a man in the village is recruiting girls for work in Malaysia,"
                                        + " he asks them for money"));

        assertThat(next).contains("2/8", "Who");
    }
}
