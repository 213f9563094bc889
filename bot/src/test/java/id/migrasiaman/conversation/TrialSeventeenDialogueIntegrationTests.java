package id.migrasiaman.conversation;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 17, round 19: a 17-year-old recruited on TikTok who reports the recruiter and asks
 * questions inside the report (D5), a mother who thanks and asks where to go next (D2), a recruiter
 * named before the report starts (D31, D21). What each of them sees, through Telegram updates.
 */
class TrialSeventeenDialogueIntegrationTests extends TelegramChatTest {

    private static final String TIKTOK =
            "ada org di tiktok tawarin kerja admin di kamboja gaji 15jt/bln, tiket pesawat gratis,"
                    + " cuma pake visa turis dulu nanti diurus disana. sy umur 17 thn. ini aman ga?";

    private static final String TIKTOK_REPORT =
            "akun tiktok @kerja.kamboja.resmi tawarin admin kamboja 15jt, visa turis, suruh rahasia"
                    + " dr ortu";

    /**
     * D5: she told her age (17) in her first message, then opened /lapor. The report knows it
     * involves a child: the under-18 question shows it as known, and the summary says "Ya, ada"
     * instead of "—".
     */
    @Test
    void anAgeToldBeforeTheReportMarksTheReportAsInvolvingAChild() {
        BotConversation teen = new BotConversation(BOT_API, 859_001);
        teen.say(TIKTOK);
        teen.say("/lapor");
        teen.say(TIKTOK_REPORT);
        teen.say("ga tau namanya, cuma akun tiktok itu sama WA 0853 1111 2222");
        teen.press("r:skip");
        teen.press("r:skip");
        teen.press("r:skip");
        teen.press("r:skip");
        teen.press("r:skip");

        List<JsonNode> minors = teen.press("r:victims:1");

        assertThat(text(minors)).contains("Anda sudah menyebut ada anak di bawah 18 tahun");
        teen.press("r:skip");
        teen.press("r:done");
        String summary = text(teen.press("r:contact:yes"));
        assertThat(summary).contains("Anak di bawah 18: Ya, ada");
    }

    /**
     * D5: at the summary she asks "so I shouldn't go tomorrow? can he track my phone?". The
     * questions are answered, not filed into "what happened"; the summary is shown again unchanged.
     */
    @Test
    void aChildsQuestionsAtTheSummaryAreAnsweredNotFiledIntoTheReport() {
        BotConversation teen = new BotConversation(BOT_API, 859_002);
        teen.say(TIKTOK);
        teen.say("/lapor");
        teen.say(TIKTOK_REPORT);
        for (int i = 0; i < 8; i++) {
            teen.press("r:skip");
        }
        teen.press("r:done");
        teen.press("r:contact:yes");

        List<JsonNode> asked =
                teen.say("jadi sy besok jgn pergi ya kak? trus hp sy gmn, dia bisa lacak?");

        String reply = text(asked);
        assertThat(reply)
                .doesNotContain("Dicatat ✅")
                .contains("jangan pergi")
                .contains("110")
                .contains("Kirim laporan ini?");
        String summary = reply.substring(reply.indexOf("Ringkasan laporan"));
        assertThat(summary).doesNotContain("jgn pergi").doesNotContain("lacak");
    }

    /**
     * D5: at "is anyone under 18?" she types "ada screenshot chat tp sy takut kirim". It is no
     * count of people: it is not filed as "how many", and her fear of sending is answered.
     */
    @Test
    void aWorryAboutTheScreenshotAtTheUnderEighteenQuestionIsNotFiledAsACount() {
        BotConversation teen = new BotConversation(BOT_API, 859_003);
        teen.say("/lapor");
        teen.say(TIKTOK_REPORT);
        for (int i = 0; i < 6; i++) {
            teen.press("r:skip");
        }
        teen.press("r:victims:1");

        List<JsonNode> worry = teen.say("ada screenshot chat tp sy takut kirim");

        assertThat(text(worry)).contains("hanya dilihat petugas Satgas").doesNotContain("Dicatat");
        teen.press("r:minors:yes");
        teen.press("r:done");
        String summary = text(teen.press("r:contact:no"));
        assertThat(summary).doesNotContain("screenshot");
    }

    /**
     * D2: after her report is sent, a mother writes "terima kasih ade. beta musti pi mana lai
     * sekarang?". The thanks is acknowledged and the question answered: where to go next (the
     * police 110 and a police report, KP2MI, Peduli WNI, the Disnaker), with what the bot does not
     * know said plainly. ("polisi di mana?" alone is answered by the office card.)
     */
    @Test
    void aQuestionAfterThanksRightAfterAReportIsAnswered() {
        BotConversation mother = sentReport(859_010);

        String reply = text(mother.say("terima kasih ade. beta musti pi mana lai sekarang?"));

        assertThat(reply)
                .contains("110")
                .contains("KP2MI")
                .contains("Polres")
                .contains("Peduli WNI")
                .contains("tidak kami ketahui");
    }

    /** D2: the next message, "beta mau lapor polisi, kantor polisi di mana?", is answered too. */
    @Test
    void whereThePoliceAreAskedAfterAReportIsAnsweredNotRefused() {
        BotConversation mother = sentReport(859_011);
        mother.say("terima kasih ade");

        String reply = text(mother.say("beta mau lapor polisi, kantor polisi di mana?"));

        assertThat(reply).contains("110").doesNotContain("kami hanya bisa membantu");
    }

    /**
     * D2, another question after the thanks: its own answer comes, not only the thanks. "makasih
     * kak. syarat kerja ke malaysia yang resmi apa saja?" gets the requirements.
     */
    @Test
    void anotherQuestionAfterThanksGetsItsOwnAnswer() {
        BotConversation user = sentReport(859_012);

        String reply = text(user.say("makasih kak. syarat kerja ke malaysia yang resmi apa saja?"));

        assertThat(reply)
                .doesNotContain("🙏 Laporan Anda")
                .doesNotContain("belum punya jawaban")
                .containsAnyOf("18 tahun", "Syarat", "syarat");
    }

    /**
     * D31: "sy mau lapor calo, namanya pak Benyamin dari Baun", then "Ya, laporkan". The name and
     * the place are in the report: "who" is shown as known, and the summary carries them.
     */
    @Test
    void aRecruiterNamedBeforeTheReportIsCarriedIntoIt() {
        BotConversation user = new BotConversation(BOT_API, 859_020);
        user.say("sy mau lapor calo, namanya pak Benyamin dari Baun");

        String started = text(user.press("r:start"));

        assertThat(started).contains("pak Benyamin dari Baun");
        for (int i = 0; i < 9; i++) {
            user.press("r:skip");
        }
        user.press("r:done");
        String summary = text(user.press("r:contact:no"));
        assertThat(summary).contains("Siapa: pak Benyamin dari Baun");
    }

    /**
     * D21: "Laporkan perekrut ini" after a checked ad with "WA Bpk Lukas 081399887766": the report
     * starts with the recruiter's name and number known, not asked for as if unknown.
     */
    @Test
    void reportingTheRecruiterOfACheckedAdCarriesHisNameAndNumber() {
        BotConversation user = new BotConversation(BOT_API, 859_021);
        user.press("m:offer");
        user.say(
                "DICARI CEPAT!!! kerja kebun sawit malaysia gaji 6jt, berangkat 3 hari lagi, tdk"
                        + " perlu paspor, biaya tiket dipotong gaji 3 bln pertama. hub WA Bpk"
                        + " Lukas 081399887766");

        String started = text(user.press("r:fromoffer"));

        assertThat(started)
                .contains("Bpk Lukas")
                .contains("081399887766")
                .contains("Siapa orangnya");
    }

    /**
     * D4: a mother whose daughter in Malaysia has been silent for three months; her next message
     * ("mungkin dong pukul dia ko?") names no relative. The hotlines come first, and what to do now
     * is written for the family, not for a person held ("delete this chat", "share your location").
     */
    @Test
    void aWorriedMotherGetsAdviceForTheFamilyNotForThePersonHeld() {
        BotConversation mother = new BotConversation(BOT_API, 859_030);
        mother.say(
                "beta pung anak nona di malaysia su 3 bulan sonde kasi kabar, hp mati terus. beta"
                        + " takut skali");

        String reply =
                text(
                        mother.say(
                                "beta sonde tau, mungkin dong pukul dia ko? terakhir dia bilang"
                                        + " majikan marah2 terus"));

        assertThat(reply)
                .contains("999")
                .contains("Jika keluarga atau teman Anda dalam bahaya sekarang")
                .doesNotContain("Kalau HP ini bisa diperiksa")
                .doesNotContain("Bagikan lokasi Anda");
    }

    /**
     * D3: at the family report's last question ("may the Satgas contact you?") the mother types who
     * took her daughter and his number. It is kept in the report, and she is told so.
     */
    @Test
    void whatAMotherTypesAtTheLastFamilyQuestionIsKept() {
        BotConversation mother = new BotConversation(BOT_API, 859_031);
        mother.say(
                "beta pung anak nona di malaysia su 3 bulan sonde kasi kabar, hp mati terus. beta"
                        + " takut skali");
        mother.press("f:danger:no");
        mother.press("f:offer:yes");
        String asked = text(mother.say("Maria Seran"));
        for (int i = 0; i < 5 && !asked.contains("menghubungi Anda"); i++) {
            asked = text(mother.press("f:skip"));
        }
        assertThat(asked).contains("menghubungi Anda");

        String kept = text(mother.say("yang ambil dia om Yakob, dia pung nomor 0812 3456 7890"));

        assertThat(kept).contains("Dicatat ✅");
        String summary = text(mother.press("f:contact:yes"));
        assertThat(summary).contains("om Yakob");
    }

    /**
     * D18: after the alarm, a calm English speaker in a Cambodian compound writes where they are
     * and how many are held. The facts go into the emergency report at once, not behind a yes/no.
     */
    @Test
    void whereTheyAreHeldAndHowManyGoIntoTheEmergencyReportAtOnce() {
        BotConversation worker = new BotConversation(BOT_API, 859_040, "en");
        worker.say(
                "Hello. I hope this is the right place to ask. We came to Cambodia for a customer"
                        + " service job. The company keeps our passports and the door of the"
                        + " building is locked from outside at night. Yesterday a boy who refused"
                        + " to work was beaten by the guards. I have hidden my phone. What are my"
                        + " options?");
        worker.press("em:yes");

        String reply =
                text(
                        worker.say(
                                "We are in a big compound in Chrey Thum, Kandal I think. About 40"
                                        + " Indonesians here, at least 5 from NTT."));

        assertThat(reply)
                .doesNotContain("Is it for that report")
                .contains("Added to emergency report");
    }

    /** Sends a short calo report from a new conversation and returns it. */
    private static BotConversation sentReport(long chatId) {
        BotConversation user = new BotConversation(BOT_API, chatId);
        user.say("/lapor");
        user.say("om Yakob bawa anak nona pi malaysia lewat jalan tikus, bukan PT");
        for (int i = 0; i < 9; i++) {
            user.press("r:skip");
        }
        user.press("r:done");
        user.press("r:contact:yes");
        assertThat(text(user.press("r:send"))).contains("Laporan terkirim");
        return user;
    }
}
