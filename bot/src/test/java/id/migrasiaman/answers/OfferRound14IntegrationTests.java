package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Round 14 (offers14): the bot says an offer came from social media only when the person said so
 * (trial 13 D15); a family's consent letter on the licensed route is no secret kept from the
 * family; an English offer that skips the labour office and gives the contract on arrival shows
 * both signs.
 */
class OfferRound14IntegrationTests extends TelegramChatTest {

    private static final String SOCIAL = "Lowongan dari Facebook, TikTok, grup WhatsApp";
    private static final String SCAM = "Kerja admin/CS/operator di Kamboja";

    @Test
    void aScamJobIsNotSaidToComeFromFacebookUntilThePersonSaysWhereHeSawIt() {
        BotConversation man = new BotConversation(BOT_API, 833_001);
        String offer =
                text(
                        man.say(
                                "ada yang tawar kerja jadi admin crypto di kamboja, gaji 16 juta,"
                                        + " katanya tiket ditanggung"));
        assertThat(offer).contains(SCAM).doesNotContain(SOCIAL);

        String where = text(man.say("sy lihat lowongannya di grup telegram kemarin, aman ko?"));
        assertThat(where).contains(SOCIAL);
    }

    @Test
    void aConsentLetterSignedByTheVillageHeadIsNoSecretFromTheFamily() {
        BotConversation mother = new BotConversation(BOT_API, 833_002);
        String check =
                text(
                        mother.say(
                                "anak sy dapat tawaran jaga lansia di Taiwan lewat PT yang ada di"
                                        + " SISKOP2MI, surat izin dari kami orang tua sudah"
                                        + " ditandatangani pak kades. Ini sudah benar kah?"));
        assertThat(check).doesNotContain("Disuruh merahasiakan dari keluarga");
    }

    @Test
    void anEnglishOfferThatSkipsTheLabourOfficeAndGivesTheContractOnArrival() {
        BotConversation teacher = new BotConversation(BOT_API, 833_003, "en");
        String check =
                text(
                        teacher.say(
                                "A course provider says it can get my student a factory job in"
                                        + " Korea with no need to go through the labour office,"
                                        + " and the contract will be handed to him once he"
                                        + " arrives. Is this normal?"));
        assertThat(check)
                .contains("🚩", "Promise of fast departure", "No contract before departure");
    }
}
