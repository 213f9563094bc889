package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Round 16 (offers16): the kinds of offers whose signs the checker did not read, through the offer
 * check button and pasted, in Indonesian, Kupang Malay and English: documents kept in a list with a
 * phone or in chat spelling, someone who says he is from immigration or the embassy and asks for
 * documents or money, money handed to "them" after the parents were named, leaving in secret, a
 * school pupil, being housed at the recruiter's place, a verbal contract and a visa exemption. A
 * worker who keeps her own passport locked in her own bag is told no sign.
 */
class OfferRound16IntegrationTests extends TelegramChatTest {

    private static final String DOCUMENTS_ID = "Paspor / KTP ditahan perekrut";
    private static final String OFFICIAL_ID = "Mengaku petugas (KP2MI, BP3MI, KBRI) dan minta uang";
    private static final String HELD_ID = "Ditampung di kos / penampungan sebelum berangkat";
    private static final String UNDERAGE_ID = "Di bawah 18 tahun / umur atau nama diubah";
    private static final String HIDDEN_ID = "Disuruh merahasiakan dari keluarga";

    @Test
    void phonesAndKtpKeptByTheCoordinatorAreDocumentsHeld() {
        BotConversation brother = new BotConversation(BOT_API, 844_001);
        brother.press("m:offer");
        String check =
                text(
                        brother.say(
                                "Adik sy disuruh tinggal di mess di Oesapa, HP dan KTP semua calon"
                                        + " disimpen sama koordinatornya sampai berangkat ke"
                                        + " Malaysia. Ini wajar?"));
        assertThat(check).contains("🚩", DOCUMENTS_ID);
    }

    @Test
    void aPastedVisitFromImmigrationAskingForThePassportIsAnImpersonation() {
        BotConversation son = new BotConversation(BOT_API, 844_002);
        String check =
                text(
                        son.say(
                                "ada orang bilang dia dari kantor imigrasi, minta beta pung paspor"
                                        + " deng KK, katanya untuk data PMI. aman ko?"));
        assertThat(check).contains(OFFICIAL_ID);
    }

    @Test
    void aMessageSayingItIsFromTheEmbassyAndAskingForMoneyIsAnImpersonation() {
        BotConversation daughter = new BotConversation(BOT_API, 844_003, "en");
        daughter.press("m:offer");
        String check =
                text(
                        daughter.say(
                                "Someone saying he's from the embassy texted my mum: she must"
                                        + " transfer 2 million so my brother's papers get"
                                        + " released. Is this real?"));
        assertThat(check).contains("Claims to be an official").contains("0-800-1000");
    }

    @Test
    void aPastedOfferThatPaysTheParentsAndMustNotReachTheHusband() {
        BotConversation cousin = new BotConversation(BOT_API, 844_004, "en");
        String check =
                text(
                        cousin.say(
                                "The agent showed my parents his office, then gave them 3 million"
                                        + " and said my sister leaves for Sabah next week. She must"
                                        + " not mention it to her husband. Is that ok?"));
        assertThat(check)
                .contains("Cash to the family (uang sirih, uang FIT)")
                .contains("Told to keep it from your family");
    }

    @Test
    void aPastedOfferToAPupilWhoMustLeaveInSecret() {
        BotConversation aunt = new BotConversation(BOT_API, 844_005);
        String check =
                text(
                        aunt.say(
                                "Keponakan sy masih murid kelas 10, ada ibu-ibu ajak dia kerja di"
                                        + " restoran di Johor, disuruh berangkat diam-diam. Gimana"
                                        + " ini?"));
        assertThat(check).contains(UNDERAGE_ID, HIDDEN_ID);
    }

    @Test
    void aKupangMalayOfferHousedAtTheRecruitersPlaceBeforeTheBoat() {
        BotConversation worker = new BotConversation(BOT_API, 844_006);
        worker.press("m:offer");
        String check =
                text(
                        worker.say(
                                "om tu tampung katong di rumah dia di Oesao dua minggu, tunggu"
                                        + " kapal pi Nunukan. karja sawit di Sabah. aman ko?"));
        assertThat(check).contains(HELD_ID);
    }

    @Test
    void anEnglishOfferWithAVerbalContractAndAVisaExemption() {
        BotConversation worker = new BotConversation(BOT_API, 844_007, "en");
        worker.press("m:offer");
        String check =
                text(
                        worker.say(
                                "They say everything is verbal with the boss in Johor, and I go"
                                        + " in on a visa exemption and work first. Is this ok?"));
        assertThat(check).contains("No contract before departure", "Tourist visa or no passport");
    }

    @Test
    void aPassportLockedInTheWorkersOwnBagIsNoSign() {
        BotConversation worker = new BotConversation(BOT_API, 844_008, "en");
        worker.press("m:offer");
        String check =
                text(
                        worker.say(
                                "I got a caregiver job in Taiwan through a licensed P3MI; I keep my"
                                        + " passport locked in my own bag and the contract is"
                                        + " signed at the labour office before I fly."));
        assertThat(check)
                .doesNotContain("🚩", "Recruiter keeps your passport or ID")
                .contains("does not mean the offer is safe");
    }

    @Test
    void aPassportKeptInTheWorkersOwnCupboardIsNoSignInIndonesian() {
        BotConversation worker = new BotConversation(BOT_API, 844_009);
        worker.press("m:offer");
        String check =
                text(
                        worker.say(
                                "Sy mau kerja pabrik di Jepang lewat P3MI berizin, paspor sy simpan"
                                        + " sendiri di lemari, kontrak dibaca di Disnaker sebelum"
                                        + " berangkat. Aman kan?"));
        assertThat(check).doesNotContain("🚩", DOCUMENTS_ID).contains("Tanyakan lima hal ini");
    }

    @Test
    void aSecrecyInstructionToldAfterTheOfferIsOneMoreSignOfThatOffer() {
        // trial 16 D1: "jang kasi tau siapa2" after the offer got the first-contact greeting.
        BotConversation girl = new BotConversation(BOT_API, 844_010);
        text(
                girl.say(
                        "ada tanta satu tawar beta karja jaga toko di Malaysia, dia su kasi doi 5"
                                + " juta ke mama. aman ko?"));
        String secret = text(girl.say("tanta bilang jang kasi tau siapa2"));
        assertThat(secret)
                .contains(HIDDEN_ID, "Uang sirih / uang FIT untuk keluarga")
                .doesNotContain("Senang Anda menghubungi");
    }
}
