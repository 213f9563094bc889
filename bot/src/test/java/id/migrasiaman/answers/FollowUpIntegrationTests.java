package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short follow-ups after an offer check or an answer refer to that offer or topic. */
class FollowUpIntegrationTests extends TelegramChatTest {

    private static final String OFFER =
            "Ada tawaran kerja di Malaysia gaji 8 juta, tidak perlu paspor, berangkat minggu depan,"
                    + " bayar 5 juta dulu ke om";

    @Test
    void ituLegalKoAfterAnOfferCheckIsAboutThatOffer() {
        BotConversation user = new BotConversation(BOT_API, 790_001);
        assertThat(text(user.say(OFFER))).contains("tanda bahaya");

        List<JsonNode> replies = user.say("itu legal ko?");
        assertThat(text(replies)).contains("Tawaran tadi").contains("🚩").contains("SIP3MI");
        assertThat(BotConversation.buttonData(replies.get(replies.size() - 1)))
                .contains("r:fromoffer");

        // The offer is still there for "report this recruiter".
        assertThat(text(user.press("r:fromoffer"))).contains("Siapa orangnya");
    }

    @Test
    void theFollowUpNamesTheSameSignsAsTheCheck() {
        // Found by trying the bot: the check showed 5 signs (patterns and the offer model), the
        // follow-up "itu legal ko?" said 3 (patterns only).
        BotConversation user = new BotConversation(BOT_API, 790_005);
        String check =
                text(
                        user.say(
                                "ada yg tawarin kerja admin di kamboja gaji 15jt, tiket dibayarin,"
                                        + " berangkat minggu depan pake visa turis"));
        String followUp = text(user.say("itu legal ko?"));
        assertThat(followUp).contains("Tawaran tadi");
        assertThat(signs(followUp)).isEqualTo(signs(check)).isGreaterThanOrEqualTo(3);
    }

    /** The number in "Kami menemukan N tanda bahaya". */
    private static int signs(String text) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("menemukan (?:<b>)?(\\d+) tanda bahaya")
                        .matcher(text);
        assertThat(m.find()).as("a count of signs in: %s", text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void berapaBiayanyaAfterAnOfferCheckIsAboutThatOffersCosts() {
        BotConversation user = new BotConversation(BOT_API, 790_002);
        user.say(OFFER);
        String reply = text(user.say("berapa biayanya?"));
        assertThat(reply).contains("Tentang tawaran tadi").contains("biaya penempatan");
    }

    @Test
    void berapaBiayanyaAfterThePassportAnswerIsAboutThePassport() {
        BotConversation user = new BotConversation(BOT_API, 790_003);
        assertThat(text(user.say("Bagaimana cara membuat paspor untuk kerja di luar negeri?")))
                .contains("Paspor");
        String reply = text(user.say("berapa biayanya?"));
        assertThat(reply).contains("Tentang").contains("paspor");
    }

    @Test
    void aFreshQuestionIsNotTakenForAFollowUp() {
        BotConversation user = new BotConversation(BOT_API, 790_004);
        user.say(OFFER);
        assertThat(text(user.say("Syarat jadi PMI ke Hongkong apa saja?")))
                .doesNotContain("Tawaran tadi");
    }
}
