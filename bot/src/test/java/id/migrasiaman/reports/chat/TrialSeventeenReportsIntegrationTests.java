package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotReplies.buttons;
import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 17: a sister's calo report from Kupang, a caregiver in Taiwan, a prankster who then reports
 * a real calo. What each of them sees, through Telegram updates.
 */
class TrialSeventeenReportsIntegrationTests extends TelegramChatTest {

    private static final String DANGER_QUESTION = "Apakah ada orang dalam bahaya";

    /**
     * D9 (critical): at the report's own "Lewat mana? (mis. Batam, Nunukan, Tenau)" she types
     * "kapal dari tenau". The route is a fact of the report, not danger: the report goes on to "how
     * many people?" and is sent as a calo report, with no hotline wall and no alarm.
     */
    @Test
    void theRouteSheNamesAtTheRouteQuestionIsAFactOfTheReport() {
        BotConversation sister = new BotConversation(BOT_API, 856_001);
        sister.say("/lapor");
        sister.say("om Sefa datang ke rumah, janji adik nona kerja di restoran di malaysia");
        sister.say("om Sefa, dia tinggal di Oesao, hp 081234567890");
        sister.press("r:kec:0");
        sister.say("Oesao");
        sister.press("r:when:week");
        sister.press("r:dest:MY");

        List<JsonNode> route = sister.say("kapal dari tenau");

        assertThat(text(route))
                .contains("Berapa orang yang diajak")
                .doesNotContain(DANGER_QUESTION)
                .doesNotContain("Nomor bantuan resmi")
                .doesNotContain("Kode darurat");
        sister.press("r:victims:1");
        sister.press("r:minors:no");
        sister.press("r:done");
        sister.press("r:contact:no");
        String sent = text(sister.press("r:send"));
        assertThat(sent).contains("Laporan terkirim").doesNotContain("Kode darurat");
    }

    /** D9 in other words: a vessel, a port, a transit typed at the route question. */
    @Test
    void otherRoutesAndVesselsAtTheRouteQuestionAreFactsToo() {
        BotConversation reporter = new BotConversation(BOT_API, 856_002);
        reporter.say("/lapor");
        reporter.say("ada calo janji kerja kebun sawit di malaysia, minta uang 3 juta");
        reporter.press("r:skip");
        reporter.press("r:kec:0");
        reporter.press("r:skip");
        reporter.press("r:when:month");
        reporter.press("r:dest:MY");

        List<JsonNode> route = reporter.say("naik kapal pelni ke nunukan trus jalan kaki ke tawau");

        assertThat(text(route))
                .contains("Berapa orang yang diajak")
                .doesNotContain(DANGER_QUESTION)
                .doesNotContain("Kode darurat");
    }

    /**
     * D7: a plain calo report typed at "Apa yang terjadi?": uang sirih given to the mother, the
     * sister still at home, "sonde usah paspor". No alarm, no Malaysia numbers: the report goes on.
     */
    @Test
    void aPlainCaloReportAboutUangSirihGoesOnAsAReport() {
        BotConversation sister = new BotConversation(BOT_API, 856_003);
        sister.say("/lapor");

        List<JsonNode> what =
                sister.say(
                        "ada om satu datang di katong pung rumah, kasi uang sirih pinang 2 juta ke"
                                + " mama, bilang mau bawa beta pung adik nona pi kerja di malaysia."
                                + " dong bilang sonde usah paspor");

        assertThat(text(what))
                .contains("2/8")
                .doesNotContain("Kode darurat")
                .doesNotContain("Nomor darurat di Malaysia")
                .doesNotContain("KBRI Kuala Lumpur");
    }

    /**
     * D26 (critical): a caregiver in Taichung, Taiwan says so in her first message. When her
     * trouble raises the alarm, the numbers are Taiwan's (110, 1955), never "only valid in
     * Indonesia"; when she is then locked in the broker's dormitory, the reply carries a number she
     * can call there.
     */
    @Test
    void aCaregiverInTaiwanGetsTaiwansNumbersAndAgainWhenLockedIn() {
        BotConversation worker = new BotConversation(BOT_API, 856_004);
        worker.say(
                "halo kak, aku caregiver di taichung taiwan. broker minta aku bayar NT$ 1800 tiap"
                        + " bulan service fee, itu boleh?");

        List<JsonNode> trouble =
                worker.say(
                        "oh ok. tapi ada masalah lain, majikan suruh aku kerja juga di pabrik dia"
                                + " malam2, ga sesuai kontrak. kalo nolak broker ancam pulangkan"
                                + " aku");
        assertThat(text(trouble)).doesNotContain("Hanya berlaku di Indonesia");

        List<JsonNode> locked =
                worker.say(
                        "barusan broker datang ambil ARC sama paspor aku, trus aku dibawa ke"
                                + " asrama broker, pintunya dikunci. aku takut");
        assertThat(text(locked)).contains("1955").doesNotContain("Hanya berlaku di Indonesia");
    }

    /**
     * D28: a prank, "becanda doang", then a real calo report with a name and a village. The
     * retraction is understood (nothing sent, or "not an emergency" for an alarm already raised);
     * the report is not filed into the prank's emergency.
     */
    @Test
    void aRealCaloReportAfterAPrankIsNotFiledIntoThePrank() {
        BotConversation user = new BotConversation(BOT_API, 856_005);
        user.say("TOLONG SAYA DICULIK ALIEN DI BULAN 🛸😂");

        List<JsonNode> joke = user.say("wkwkwk becanda doang");
        List<JsonNode> report = user.say("sy mau lapor calo, namanya pak Benyamin dari Baun");

        assertThat(text(report)).doesNotContain("Ditambahkan ke laporan darurat");
        assertThat(text(joke) + text(report))
                .containsAnyOf("Laporkan calo", "Mau buat laporan", "1/8", "Siapa orangnya");
        // Since D29 the prank is asked about, not alarmed: "becanda" is then a plain no ("staff
        // were not told"); an alarm that was raised would offer "not an emergency"
        assertThat(buttons(joke).toString() + text(joke))
                .containsAnyOf(
                        "bukan darurat", "Bukan darurat", "Yakin", "petugas tidak kami beri tahu");
    }

    /**
     * D8: a frightened reporter asks in Kupang Malay whether the recruiter will know who reported,
     * at the report's "Siapa orangnya?", then (with an alarm open) whether her name can be known.
     * Both get the anonymity answer; neither is filed as the recruiter's name.
     */
    @Test
    void aFrightenedReportersAnonymityQuestionsInKupangMalayAreAnswered() {
        BotConversation reporter = new BotConversation(BOT_API, 856_006);
        reporter.say("/lapor");
        reporter.say("om kasi doi sirih pinang 2jt, mau bawa adik pi malaysia sonde pake paspor");

        List<JsonNode> atWho = reporter.say("kalo beta lapor, om itu tau ko sapa yang lapor?");
        assertThat(text(atWho)).contains("tanpa nama").doesNotContain(DANGER_QUESTION);

        BotConversation sister = new BotConversation(BOT_API, 856_007);
        List<JsonNode> alarm =
                sister.say("tolong, calo kunci beta pung adik di rumahnya di oesao sekarang");
        assertThat(text(alarm)).contains("Kode darurat");
        List<JsonNode> fear =
                sister.say(
                        "beta takut, itu om masih keluarga. kalo dong tau beta lapor bisa ribut"
                                + " satu kampung. nama beta dong bisa tau ko?");
        assertThat(text(fear)).contains("tidak memberi tahu nama Anda");
    }

    /**
     * D11: a plantation worker locked in a barrack in Sabah, battery at 10%, asks "who do I call
     * first? 999 or the consulate?". One answer, the call first, not the short list again and not
     * "add this question to the report?".
     */
    @Test
    void whoToCallFirstGetsTheCallFirstNotTheListAgain() {
        BotConversation worker = new BotConversation(BOT_API, 856_008);
        List<JsonNode> alarm =
                worker.say(
                        "sy di lahad datu sabah. mandor kunci sy sm 5 teman di barak, hp mau dia"
                                + " ambil. tolong cpt");
        assertThat(text(alarm)).contains("Kode darurat");

        List<JsonNode> first =
                worker.say(
                        "hp sy tinggal 10% batre. sy harus telpon siapa dulu? 999 atau konsulat?");

        // (the nearest mission for Lahad Datu, Konsulat RI Tawau, is not yet put first: open)
        assertThat(text(first))
                .contains("telepon dulu")
                .contains("999")
                .doesNotContain("Semua nomor")
                .doesNotContain("Mau pertanyaan ini juga ditambahkan");
    }
}
