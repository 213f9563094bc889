package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A young man from a village of Kabupaten Kupang pastes the job ads a friend forwarded him, without
 * pressing "Cek tawaran" first, and asks what a person asks next (trial 11, D20 and D21): a legal
 * ad naming its company and licence is checked as an offer, not answered with the registration
 * topic, and "how do I check this company?" uses the company and licence the ad gave; after a risky
 * ad that takes its costs from the salary, "but he says there is no fee, so it is safe?" speaks of
 * that deduction and the other signs; "I already sent him my KTP" gets what to do now; "only your
 * KTP" to leave is a sign of its own.
 */
class OfferRound12IntegrationTests extends TelegramChatTest {

    private static final String VISA = "Pakai visa turis / tanpa paspor";
    private static final String FEES = "Bayar di muka / gaji dipotong";
    private static final String REGISTRATION_TOPIC = "Mendaftar sebagai calon PMI";
    private static final String SISKOP2MI = "siskop2mi.bp2mi.go.id/lowongan/list";

    private static final String LEGAL_AD =
            "Lowongan resmi: PT Sinar Timur Sejahtera (P3MI, SIP3MI No. 4/567/2024) mencari"
                    + " perawat lansia untuk Taiwan. Daftar lewat Disnaker Kabupaten Kupang,"
                    + " pelatihan di BLK, tidak ada biaya penempatan. Gaji NT$ 20.000 per bulan.";

    private static final String RISKY_AD =
            "Dicari pekerja kebun sawit Sabah! Gaji RM 2.300 per bulan. Gratis, tiket dan paspor"
                    + " kami tanggung, nanti potong gaji 4 bulan. Berangkat Sabtu ini lewat"
                    + " Nunukan, cukup KTP saja. Hubungi om Markus.";

    @Test
    void aLegalAdPastedWithoutTheButtonIsCheckedAndItsCompanyIsWhatToLookUp() {
        BotConversation user = new BotConversation(BOT_API, 818_001);
        String check = text(user.say(LEGAL_AD));
        assertThat(check)
                .contains("bukan berarti tawaran ini aman", "Tanyakan lima hal ini")
                .doesNotContain(REGISTRATION_TOPIC);

        String how = text(user.say("caranya cek PT ini di siskop2mi bagaimana?"));
        assertThat(how)
                .contains("PT Sinar Timur Sejahtera", "4/567/2024", SISKOP2MI)
                .doesNotContain("tanyakan nama perusahaannya");
    }

    @Test
    void aLegalAdInKupangMalayIsCheckedToo() {
        BotConversation user = new BotConversation(BOT_API, 818_002);
        String check =
                text(
                        user.say(
                                "ada loker resmi dari PT Karya Flobamora Mandiri, P3MI pung izin"
                                        + " SIP3MI No. 9/88/2023, cari orang karja pabrik di"
                                        + " Malaysia, daftar di disnaker, son ada biaya"
                                        + " penempatan, gaji RM 1.700"));
        assertThat(check).contains("Tanyakan lima hal ini").doesNotContain(REGISTRATION_TOPIC);

        String how = text(user.say("bagaimana beta cek PT ini di siskop2mi?"));
        assertThat(how).contains("PT Karya Flobamora Mandiri", "9/88/2023", SISKOP2MI);
    }

    @Test
    void aPastedAdThatDeductsTheSalaryIsNotFreeAndAnIdAlreadySentGetsWhatToDoNow() {
        BotConversation user = new BotConversation(BOT_API, 818_003);
        assertThat(text(user.say(RISKY_AD))).contains("🚩", FEES, VISA);

        String noFee = text(user.say("tapi dia bilang tanpa biaya, jadi aman to?"));
        assertThat(noFee)
                .contains("memotong gaji", "tidak berarti gratis", "Tanda bahaya lain", VISA)
                .doesNotContain("meminta uang di depan");

        List<JsonNode> given = user.say("sa su kasi foto KTP ke dia, bagaimana?");
        assertThat(text(given))
                .contains("Sudah terlanjur kirim KTP", "Jangan kirim apa pun lagi")
                .contains("Simpan percakapan", "0-800-1000");
        assertThat(given.stream().flatMap(m -> BotConversation.buttonData(m).stream()))
                .contains("r:fromoffer");
    }

    @Test
    void theSameStoryInKupangMalay() {
        BotConversation user = new BotConversation(BOT_API, 818_004);
        String check =
                text(
                        user.say(
                                "lowongan karja bangunan di Kuching, gaji RM 1.800, son usa bayar"
                                        + " dolo, ongkos nanti potong gaji 3 bulan, barangkat"
                                        + " minggu muka, cukup KTP sa, hubungi kaka Yanto"));
        assertThat(check).contains("🚩", FEES, VISA);

        String noFee = text(user.say("dong bilang son ada biaya, jadi aman ko?"));
        assertThat(noFee).contains("memotong gaji").doesNotContain("meminta uang di depan");

        String given = text(user.say("beta su kirim foto KTP deng KK ke dia, bagaimana?"));
        assertThat(given).contains("Sudah terlanjur kirim KTP", "Jangan kirim apa pun lagi");
    }

    @Test
    void theSameStoryInEnglish() {
        BotConversation user = new BotConversation(BOT_API, 812_005, "en");
        String check =
                text(
                        user.say(
                                "Hiring plantation workers for Sabah, salary RM 2,300 a month, no"
                                        + " fee now, we deduct 3 months of salary later. Leave"
                                        + " next Saturday via Nunukan, only your KTP needed."
                                        + " Contact Om Markus."));
        assertThat(check).contains("🚩", "Tourist visa or no passport");

        String noFee = text(user.say("but he says no fee, so it's safe?"));
        assertThat(noFee).contains("takes its costs from your salary");

        String given = text(user.say("I already sent him a photo of my KTP, what now?"));
        assertThat(given).contains("Already sent your KTP", "Send nothing more");
    }

    @Test
    void onlyAnIdCardToLeaveIsASignOnItsOwn() {
        BotConversation user = new BotConversation(BOT_API, 818_006);
        user.press("m:offer");
        assertThat(text(user.say("Berangkat minggu depan lewat Nunukan, cukup KTP")))
                .contains("🚩", VISA);
        BotConversation other = new BotConversation(BOT_API, 818_007);
        other.press("m:offer");
        assertThat(text(other.say("barangkat lusa naik kapal, cukup bawa KTP sa")))
                .contains("🚩", VISA);
    }

    @Test
    void aPassportMadeAfterArrivalIsNamedAsTheSignItIs() {
        // Trial 12 D3: a girl's TikTok "kakak" will arrange her passport in Malaysia; the check
        // named only the fast departure.
        BotConversation girl = new BotConversation(BOT_API, 818_090);
        assertThat(
                        text(
                                girl.say(
                                        "kak sy su pikir2. kakak tiktok bilang sy harus brangkat"
                                                + " minggu dpn lewat atambua, paspor nanti dia"
                                                + " urus di malaysia. boleh ko?")))
                .contains(VISA);
    }
}
