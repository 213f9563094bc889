package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Round 15 (offers15): an offer with no sign the bot knows is never called safe, in Indonesian,
 * Kupang Malay or English (issue 12 item 4): the reply says the bot knows only some signs, gives
 * the five questions and the free hotline, and asking "so it is safe?" afterwards gets the same
 * caution. A sign only a pattern finds next to Batam or Nunukan makes the route irregular; a
 * recruiter who says "don't tell your husband" keeps it from the family; a licensed company that
 * comes to the village is no private recruiter.
 */
class OfferRound15IntegrationTests extends TelegramChatTest {

    private static final String FIVE_QUESTIONS_ID = "Tanyakan lima hal ini";
    private static final String NOT_SAFE_ID = "bukan berarti tawaran ini aman";
    private static final String HOTLINE = "0-800-1000";
    private static final String ROUTE = "Lewat Batam, Nunukan, Entikong, Tawau tanpa dokumen";

    @Test
    void anIndonesianOfferWithNoKnownSignIsNotCalledSafe() {
        BotConversation worker = new BotConversation(BOT_API, 837_001);
        worker.press("m:offer");
        String check =
                text(
                        worker.say(
                                "Sy ditawari kerja di pabrik elektronik Taiwan lewat PT yang"
                                        + " terdaftar di SISKOP2MI, kontrak dibaca dan ditandatangani"
                                        + " di Disnaker sebelum berangkat, paspor sy pegang sendiri."));
        assertNeverSafeInIndonesian(check);

        String safe = text(worker.say("jadi tawaran itu aman ya?"));
        assertThat(safe)
                .doesNotContain("tawaran itu aman.", "Tawaran ini aman.")
                .containsAnyOf("belum berarti", "bukan berarti");
    }

    @Test
    void aKupangMalayOfferWithNoKnownSignIsNotCalledSafeEither() {
        BotConversation worker = new BotConversation(BOT_API, 837_002);
        worker.press("m:offer");
        String check =
                text(
                        worker.say(
                                "beta dapa tawaran karja jaga oma di Hong Kong, PT dong ada izin,"
                                        + " beta su daftar di disnaker, kontrak dong kasi baca dolo"
                                        + " sebelum barangkat, paspor beta pegang sandiri"));
        assertNeverSafeInIndonesian(check);
    }

    @Test
    void anEnglishOfferWithNoKnownSignIsNotCalledSafe() {
        BotConversation worker = new BotConversation(BOT_API, 837_003, "en");
        worker.press("m:offer");
        String check =
                text(
                        worker.say(
                                "I was offered a caregiver job in Taiwan through a licensed P3MI,"
                                        + " the contract is signed at the labour office before I"
                                        + " leave and I keep my own passport."));
        assertThat(check)
                .contains(
                        "does not mean the offer is safe", "Ask any recruiter these five questions")
                .contains(HOTLINE)
                .doesNotContain("🚩", "looks safe", "no danger", "is safe.");
    }

    @Test
    void aTouristEntryThroughBatamIsAnIrregularRouteEvenWhenOnlyAPatternSeesTheTourist() {
        BotConversation aunt = new BotConversation(BOT_API, 837_004, "en");
        aunt.press("m:offer");
        String check =
                text(
                        aunt.say(
                                "My nephew was told to fly to Batam and cross to Johor as a"
                                        + " tourist, and the boss there would arrange his work"
                                        + " later. Is that ok?"));
        assertThat(check).contains("Irregular route");
    }

    @Test
    void aRecruiterWhoSaysDoNotTellYourHusbandKeepsItFromTheFamily() {
        BotConversation sister = new BotConversation(BOT_API, 837_005, "en");
        sister.press("m:offer");
        String check =
                text(
                        sister.say(
                                "A recruiter offered my sister a factory job in Malaysia and told"
                                        + " her not to tell her husband until she is gone. Is"
                                        + " this normal?"));
        assertThat(check).contains("Told to keep it from your family");
    }

    @Test
    void aLicensedCompanyVisitingTheVillageIsNoPrivateRecruiter() {
        BotConversation father = new BotConversation(BOT_API, 837_006);
        father.press("m:offer");
        String check =
                text(
                        father.say(
                                "ada PT datang ke kantor desa, dong kasi lia dong pung izin, nama"
                                        + " ada di siskop2mi, anak dong daftar di disnaker, son"
                                        + " bayar apa-apa, kontrak dibaca sebelum barangkat"));
        assertThat(check).doesNotContain("Agen tanpa izin").contains(FIVE_QUESTIONS_ID);
        assertThat(check).doesNotContain(ROUTE);
    }

    private static void assertNeverSafeInIndonesian(String check) {
        assertThat(check)
                .contains(NOT_SAFE_ID, FIVE_QUESTIONS_ID, HOTLINE)
                .doesNotContain(
                        "🚩", "tidak menemukan tanda bahaya yang jelas", "tawaran ini aman.");
    }
}
