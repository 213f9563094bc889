package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 17 D20 (P09): a young man checks a Korea factory offer from a PT that "says it is G to G"
 * and wants Rp15 juta for its own LPK, which will then send him. He must read that G to G is run by
 * the government (KP2MI), that an LPK may train but not send people, and where to check (Disnaker)
 * — not only that paying up front is a sign (FACTS 2.7, 3.4).
 */
class TrialSeventeenOffersIntegrationTests extends TelegramChatTest {

    private static final String KOREA_OFFER =
            "PT Bintang Samudra Jaya tawarin kerja pabrik di Korea, katanya G to G. tp hrs bayar 15"
                    + " juta dulu buat biaya proses & kursus bahasa di LPK mereka, nanti LPK yg"
                    + " berangkatin.";

    private static final String UNLICENSED_ID = "Agen tanpa izin / perorangan";

    @Test
    void aPtSellingGToGToKoreaThroughItsOwnLpkIsNamedThroughTheOfferCheck() {
        BotConversation man = new BotConversation(BOT_API, 860_001);
        man.press("m:offer");
        String check = text(man.say(KOREA_OFFER));
        assertThat(check)
                .contains("🚩", UNLICENSED_ID, "Bayar di muka")
                .contains("G to G", "KP2MI", "LPK", "Disnaker");
    }

    @Test
    void theSameOfferPastedWithAQuestionAfterAnotherCheckIsCheckedAsAnOffer() {
        BotConversation man = new BotConversation(BOT_API, 860_002);
        man.press("m:offer");
        man.say(
                "DICARI CEPAT kerja kebun sawit malaysia, berangkat 3 hari lagi, tdk perlu paspor,"
                        + " biaya tiket dipotong gaji 3 bln pertama");
        String check = text(man.say("satu lagi. " + KOREA_OFFER + " resmi ga?"));
        assertThat(check).contains(UNLICENSED_ID).contains("G to G", "KP2MI");
        // The first ad's visit visa and speed still leak into this check (D19, not fixed).
    }
}
