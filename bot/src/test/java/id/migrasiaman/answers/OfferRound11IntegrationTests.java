package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offers a black-box retest of round 10 found unread (D12, D19) and the follow-ups it found
 * answered with a generic topic (D13), told through Telegram updates: Kupang Malay typed fast
 * (vowels dropped, numbers as words, one run-on voice-typed sentence), promises that one will pass
 * "100%", a friendly stranger online who pays the ticket and says not to tell the parents, and what
 * a person asks right after seeing the warning signs.
 */
class OfferRound11IntegrationTests extends TelegramChatTest {

    private static final String VISA = "Pakai visa turis / tanpa paspor";
    private static final String FAST = "Janji berangkat cepat";
    private static final String FEES = "Bayar di muka / gaji dipotong";
    private static final String DOCS = "Paspor / KTP ditahan perekrut";
    private static final String ONLINE = "Lowongan dari Facebook, TikTok, grup WhatsApp";
    private static final String SECRET = "Disuruh merahasiakan dari keluarga";

    /** A dangerous offer typed the way it is in a hurry on a cheap phone. */
    private static final String TYPO_OFFER =
            "ad om dr kampung sbelah blg bs krja kbun d malaysia, brgkt mingu dpn, sonde ush"
                    + " paspor nnti dia urus smua";

    private static String check(BotConversation user, String offer) {
        user.press("m:offer");
        return text(user.say(offer));
    }

    @Test
    void aKupangOfferWithoutVowelsIsRead() {
        String text = check(new BotConversation(BOT_API, 811_001), TYPO_OFFER);
        assertThat(text).contains("🚩", VISA, FAST);
    }

    @Test
    void aFeeWrittenInWordsIsAFee() {
        String text =
                check(
                        new BotConversation(BOT_API, 811_002),
                        "bt pung tmn ajak krja pabrik d johor, tp hrs bayar dua jt ke om dia"
                                + " baru bs jalan");
        assertThat(text).contains("🚩", FEES);
    }

    @Test
    void aRunOnVoiceTypedOfferIsRead() {
        String text =
                check(
                        new BotConversation(BOT_API, 811_003),
                        "jadi begini ada ibu dari desa sebelah dia bilang ada kerja di hongkong"
                                + " jaga oma gajinya delapan juta tapi harus setor lima juta dulu"
                                + " untuk urus dokumen terus paspornya nanti dia yang pegang sampai"
                                + " kontrak habis");
        assertThat(text).contains("🚩", FEES, DOCS);
    }

    @Test
    void aGuaranteeToPassWithoutTestsIsAFastDeparturePromise() {
        String text =
                check(
                        new BotConversation(BOT_API, 811_004),
                        "agen blg 100% pasti brangkat ke taiwan, dijamin lolos tanpa tes"
                                + " kesehatan, kerja pabrik");
        assertThat(text).contains("🚩", FAST);
        String english =
                check(
                        new BotConversation(BOT_API, 811_005, "en"),
                        "Factory job in Taiwan, guaranteed to pass, no interview and no medical"
                                + " check, 100% departure");
        assertThat(english).contains("🚩", "Promise of fast departure");
    }

    @Test
    void aFriendlyStrangerOnlineWhoPaysTheTicketAndWantsItSecretIsFlagged() {
        String text =
                check(
                        new BotConversation(BOT_API, 811_006),
                        "ada kaka di ig baik skali, sering kirim pulsa, mau bayar tiket pesawat"
                                + " ke malaysia for kerja di restoran, dia bilang jangan bilang"
                                + " orang tua dulu");
        assertThat(text).contains("🚩", ONLINE, SECRET).contains("Pasal 13");
    }

    @Test
    void aCleanOfferWithTrainingAtTheBlkStaysUnflagged() {
        String text =
                check(
                        new BotConversation(BOT_API, 811_007),
                        "lowongan resmi PT berizin SIP3MI ke Hongkong, pelatihan di BLK 3 bulan,"
                                + " perjanjian kerja ditandatangani di Disnaker, tanpa biaya"
                                + " penempatan");
        assertThat(text).doesNotContain("🚩").contains("bukan berarti tawaran ini aman");
    }

    @Test
    void followUpsAfterADangerousOfferReferToItsSigns() {
        BotConversation user = new BotConversation(BOT_API, 811_008);
        assertThat(check(user, TYPO_OFFER)).contains(VISA);

        String shortStay = text(user.say("kalau sy coba 3 bulan saja?"));
        assertThat(shortStay)
                .contains("Kalau hanya sebentar", VISA)
                .contains("Tanyakan lima hal ini");

        String saysSafe = text(user.say("tapi dia bilang aman"));
        assertThat(saysSafe).contains("Tawaran tadi: resmi atau tidak?", VISA);

        String legal = text(user.say("itu legal ko?"));
        assertThat(legal).contains("Tawaran tadi: resmi atau tidak?", VISA, "SIP3MI");

        String cost = text(user.say("berapa biayanya kalau lewat jalur resmi?"));
        assertThat(cost).contains("Tentang tawaran tadi");
    }

    @Test
    void aClearlyNewQuestionAfterAnOfferCheckIsAnsweredOnItsOwn() {
        BotConversation user = new BotConversation(BOT_API, 811_009);
        assertThat(check(user, TYPO_OFFER)).contains(VISA);

        List<JsonNode> replies = user.say("syarat bikin paspor di kupang apa saja?");
        assertThat(text(replies))
                .doesNotContain("Tentang tawaran tadi")
                .doesNotContain("Kalau hanya sebentar")
                .doesNotContain("Tawaran tadi: resmi atau tidak?");
    }
}
