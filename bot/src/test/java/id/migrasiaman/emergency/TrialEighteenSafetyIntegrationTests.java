package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 18, through Telegram updates: a fisherman's wife at home whose husband's crew is beaten in
 * a Taiwanese port keeps Taiwan's 1955 in every emergency reply and is never told to call
 * Indonesia's 110 first (D2); a second emergency about another person in another country is a new
 * urgent case, and "I'm out now" is recorded on the first (D32); a 16-year-old threatened with her
 * swimsuit photos gets short advice and staff a minor-involved alarm (D7); unpaid wages in Hong
 * Kong get the Hong Kong block once (D20).
 */
class TrialEighteenSafetyIntegrationTests extends TelegramChatTest {

    @Autowired ReportQueue queue;

    /** D2: the husband's boat is Taiwanese and now in Kaohsiung: 1955, never "110 first". */
    @Test
    void aWifeAtHomeKeepsTaiwansNumbersForHerHusbandsCrewInATaiwanesePort() {
        BotConversation wife = new BotConversation(BOT_API, 863_001);
        wife.say(
                "selamat sore kaka. beta pung laki kerja di kapal ikan taiwan, kapal tuna yg pi"
                        + " jauh2 tu. su 8 bulan dia sonde dapa gaji");
        wife.press("em:no");

        List<JsonNode> beaten =
                wife.say(
                        "bukan tawaran kaka, dia su di kapal. tadi malam dia telpon pake wifi di"
                                + " pelabuhan, dia bilang kapten pukul dong ABK, ada yg kepala"
                                + " bocor. dia takut");
        assertThat(StaffChat.codeIn(text(beaten))).isNotBlank();
        assertThat(text(beaten)).contains("1955");

        List<JsonNode> whom =
                wife.say(
                        "kapal nama Fu Yuan 168, sekarang di pelabuhan Kaohsiung, 3 hari lagi dong"
                                + " jalan lai. beta musti telpon sapa dolo kaka? beta sonde ada"
                                + " pulsa banyak");
        assertThat(text(whom)).contains("1955").doesNotContain("Polri");
    }

    /**
     * D32: locked in a house in Oesao, then out; later in the story flow her sister is beaten in
     * Tawau: the first report records that she is out, the sister's is a new urgent case.
     */
    @Test
    void aSecondEmergencyForAnotherPersonElsewhereIsANewCaseAndBeingOutIsRecorded() {
        BotConversation girl = new BotConversation(BOT_API, 863_002);
        String first =
                StaffChat.codeIn(
                        text(
                                girl.say(
                                        "kak sbnrnya sy skrg ada di rumah om yg mau bawa sy ke"
                                                + " malaysia, di Oesao. dong ambil sy pung KTP dan"
                                                + " HP teman2, pintu dikunci. besok subuh katanya"
                                                + " naik kapal di tenau. sy takut")));

        girl.say(
                "kak puji Tuhan sy su keluar, sepupu datang jemput. sy mau lanjut jalur resmi yg tadi");
        assertThat(queue.find(first).orElseThrow().messages().stream().map(Report.Message::text))
                .anyMatch(t -> t.contains("su keluar"));

        girl.press("m:story");
        girl.press("s:start");
        girl.press("s:c:MY");
        girl.press("s:r:NONPROCEDURAL");
        girl.say(
                "beta pung adik nona pi sabah thn lalu lewat om tu juga, tanpa paspor, kerja di"
                        + " rumah orang di Tawau");
        List<JsonNode> sister =
                girl.say(
                        "tadi malam dia WA beta diam2, majikan kurung dia di gudang belakang su 2"
                                + " hari sonde kasi makan, dia pung kaki luka dipukul pake kayu");

        String second = StaffChat.codeIn(text(sister));
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(queue.find(second).orElseThrow().urgent()).isTrue();
        assertThat(text(sister)).contains("Tawau");
    }

    /**
     * D7: a 16-year-old who sent swimsuit photos and is threatened with their release: short advice
     * first, and staff are alarmed with a child involved.
     */
    @Test
    void aSixteenYearOldThreatenedWithHerPhotosGetsAdviceAndAMinorAlarm() {
        BotConversation girl = new BotConversation(BOT_API, 863_003);
        girl.say(
                "kak aku mau nanya. ada kakak2 di IG DM aku, katanya aku cantik bisa jadi model sama"
                        + " SPG di jakarta gaji 8jt, abis itu bisa ke malaysia jadi SPG mall"
                        + " gajinya lebih gede lg");
        girl.say("aku umur 16 kak, kelas 1 SMA di oesao");
        girl.say(
                "kak aku udh terlanjur kirim foto badan pake baju renang sm foto KTP mama. dia"
                        + " minta foto lagi yg lebih seksi buat portofolio katanya");

        List<JsonNode> threat =
                girl.say("aku takut kak dia bilang kalo aku ga jadi, fotonya dia sebar");

        String all = text(threat);
        assertThat(all).contains("foto").contains("129").contains("bukan salah");
        String code = StaffChat.codeIn(all);
        assertThat(queue.find(code).orElseThrow().facts().minors()).isTrue();
    }

    /** D20: unpaid wages in Hong Kong, asked by an NGO worker: Hong Kong's block at most once. */
    @Test
    void unpaidWagesInHongKongShowHongKongsNumbersAtMostOnce() {
        BotConversation ngo = new BotConversation(BOT_API, 863_004, "en");
        ngo.say(
                "Hi, I work for an NGO in Kupang supporting migrant families. Do you speak English?");

        String reply =
                text(
                        ngo.say(
                                "One family says their daughter in Hong Kong has not been paid for"
                                        + " 3 months. Is there a Hong Kong labour department"
                                        + " hotline she can call?"));

        assertThat(reply.split("\\+852 6773 0466", -1).length - 1).isLessThanOrEqualTo(1);
        assertThat(reply).contains("labour office is not in our sources");
    }

    /**
     * D38: the recruiter who took a dead son to Sabah demands Rp30 juta to bring the body home: the
     * demand is called out, with a report button, and "so we don't pay him?" gets the same.
     */
    @Test
    void aRecruitersFeeForBringingTheBodyHomeIsCalledOut() {
        BotConversation father = new BotConversation(BOT_API, 863_005);
        father.say(
                "selamat siang. beta pung anak laki meninggal di malaysia kemarin, di kebun sawit di"
                        + " Sabah. dia pi sonde resmi. jenazah bisa pulang ko? biaya brapa?");

        List<JsonNode> demand =
                father.say(
                        "om yg bawa dia bilang kalau mau jenazah pulang katong harus bayar 30 juta ke"
                                + " dia, dia yg urus. katong sonde ada doi. itu betul ko?");
        assertThat(text(demand)).contains("Jangan bayar").contains("BP3MI NTT");
        assertThat(id.migrasiaman.telegram.BotReplies.buttons(demand)).contains("m:report");

        List<JsonNode> pay =
                father.say(
                        "jadi katong jang kasi doi ke om tu ko? dia yg bawa beta pung anak pi lewat"
                                + " nunukan");
        assertThat(text(pay)).contains("Jangan bayar").doesNotContain("uang sirih");
    }

    /**
     * D1: a fisherman's wife asks whether the agent may cut her husband's wages and pay them when
     * the ship is back: a wage problem now, not "no red flag found in this offer".
     */
    @Test
    void withheldCrewWagesAreALabourProblemNotAnOfferCheck() {
        BotConversation wife = new BotConversation(BOT_API, 863_006);
        wife.say(
                "selamat sore kaka. beta pung laki kerja di kapal ikan taiwan, kapal tuna yg pi"
                        + " jauh2 tu. su 8 bulan dia sonde dapa gaji");
        wife.press("em:no");

        String reply =
                text(
                        wife.say(
                                "dia pung gaji tu katanya dipotong agen di jakarta, dong bilang"
                                        + " nanti dibayar kalau kapal pulang. itu boleh ko?"));

        assertThat(reply)
                .doesNotContain("Tidak ada tanda yang kami kenali")
                .contains("bukan tawaran kerja")
                .contains("1955");
    }
}
