package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 11 D19: Ferdy, 22, checks a job post for "admin" work in Thailand or Cambodia that a
 * stranger shared on Instagram; the check warns him. He pushes back: his friend has been there a
 * year, safe, good pay. Before, the bot thanked him for his "story" and offered to keep it. He must
 * stay on the offer: a friend's good luck does not make this offer safe, the offer's signs still
 * stand, Cambodia and Thailand are not placement countries (FACTS 12.4, 12.5), and he should check
 * with BP3MI or the Disnaker and not force himself to go (FACTS 12.12).
 */
class OfferPushbackIntegrationTests extends TelegramChatTest {

    private static final String SCAM_OFFER =
            "Lowongan admin dan customer service di Thailand atau Kamboja, gaji 18 juta per bulan,"
                    + " tidak perlu pengalaman, berangkat pakai visa turis dulu, hubungi kakak di"
                    + " DM instagram";

    private static String checked(BotConversation user, String offer) {
        user.press("m:offer");
        return text(user.say(offer));
    }

    @Test
    void aFriendSafeThereForAYearDoesNotTurnTheWarningIntoAStory() {
        BotConversation ferdy = new BotConversation(BOT_API, 817_001);
        assertThat(checked(ferdy, SCAM_OFFER)).contains("🚩");

        String answer =
                text(
                        ferdy.say(
                                "tapi teman saya sudah di sana setahun, aman-aman saja,"
                                        + " gajinya besar"));

        assertThat(answer)
                .doesNotContain("Terima kasih sudah bercerita")
                .contains("belum berarti tawaran")
                .contains("🚩")
                .contains("bukan negara penempatan")
                .contains("BP3MI")
                .contains("jangan paksakan diri");
    }

    @Test
    void theSamePushbackInKupangMalayGetsTheSameCounterWarning() {
        BotConversation ferdy = new BotConversation(BOT_API, 817_002);
        assertThat(checked(ferdy, SCAM_OFFER)).contains("🚩");

        String answer =
                text(
                        ferdy.say(
                                "tapi beta pung tamang su di sana satu taun, aman2 sa,"
                                        + " gaji besar"));

        assertThat(answer)
                .doesNotContain("Terima kasih sudah bercerita")
                .contains("belum berarti tawaran", "bukan negara penempatan", "BP3MI");
    }

    @Test
    void anEnglishPushbackIsAnsweredInEnglish() {
        BotConversation ferdy = new BotConversation(BOT_API, 817_003, "en");
        String warning =
                checked(
                        ferdy,
                        "Admin and customer service jobs in Cambodia, salary 1,200 USD a month, no"
                                + " experience needed, travel on a tourist visa first, DM us on"
                                + " Instagram");
        assertThat(warning).contains("🚩");

        String answer =
                text(
                        ferdy.say(
                                "but my friend has been there for a year and he is fine,"
                                        + " big salary"));

        assertThat(answer)
                .contains("does not make")
                .contains("not placement countries")
                .contains("BP3MI")
                .doesNotContain("Thank you for telling us");
    }

    @Test
    void aFriendSafeInAPlacementCountryIsNotToldItIsNoPlacementCountry() {
        BotConversation user = new BotConversation(BOT_API, 817_004);
        assertThat(
                        checked(
                                user,
                                "kerja kebun sawit di malaysia, gaji 5 juta, tidak perlu paspor,"
                                        + " berangkat lewat nunukan minggu depan"))
                .contains("🚩");

        String answer = text(user.say("tapi sepupu saya sudah kerja di sana 2 tahun, aman"));

        assertThat(answer)
                .contains("belum berarti tawaran", "BP3MI")
                .doesNotContain("bukan negara penempatan");
    }
}
