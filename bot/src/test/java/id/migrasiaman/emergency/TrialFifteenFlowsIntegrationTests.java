package id.migrasiaman.emergency;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 15, through Telegram updates: what people typed inside a flow or right after a report was
 * swallowed, lost or taken for danger. A mother (Kupang Malay) whose son fishes on a Taiwanese boat
 * typed facts and questions at the family form's danger question and got the button line four times
 * (D1), remembered the boat's name right after sending and was thanked for introducing herself
 * (D2), and asked for Taiwan's numbers and got Indonesia's (D3). A returned worker typed her story
 * at "how did you leave?" and got the family card (D18), then asked to remove a word and got
 * Malaysia's emergency screen (D19). A lost phone got the emergency screen (D20). A reporter asked
 * whether the police pass on her name and got the hotline list (D13). A woman who called 110 asked
 * to go on with the guide and had it filed into the urgent report (D17).
 */
class TrialFifteenFlowsIntegrationTests extends TelegramChatTest {

    private static final String DANGER_QUESTION = "apakah ada orang dalam bahaya sekarang";
    private static final String CHOOSE_ONLY =
            "Pilih salah satu tombol: apakah ada orang dalam bahaya sekarang?";
    private static final String EMERGENCY_SCREEN = "Jika Anda dalam bahaya sekarang";

    @Autowired ReportQueue queue;

    @Test
    void aMotherTypingAtTheFamilyFormsDangerQuestionIsReadAnsweredAndKept() {
        BotConversation mother = new BotConversation(BOT_API, 841_001);
        mother.say("halo");
        List<JsonNode> card =
                mother.say(
                        "sa pung anak laki kerja di kapal ikan Taiwan, su dua bulan sonde telpon");
        assertThat(text(card)).containsIgnoringCase(DANGER_QUESTION);

        String numbers = text(mother.say("sa bisa lapor ke mana? nomor telpon berapa?"));
        assertThat(numbers).contains("0-800-1000").contains("Kembali ke laporan keluarga");

        String official = text(mother.say("ada laporan resmi yang bisa sa buat ko?"));
        assertThat(official).contains("Formulir ini adalah laporan").doesNotContain(CHOOSE_ONLY);

        // A fact is kept and taken as "not now / don't know" (trial 16, D26); the report starts
        // on her yes to the offer (trial 19, D17).
        String facts = text(mother.say("sa cuma tau nama agen nya PT Bahari Jaya Samudra"));
        assertThat(facts).contains("Dicatat untuk laporan keluarga").doesNotContain(CHOOSE_ONLY);
        mother.press("f:offer:yes");

        // What she typed is in the report she sends.
        for (int step = 0; step < 4; step++) {
            mother.press("f:skip");
        }
        String summary = text(mother.press("f:contact:no"));
        assertThat(summary).contains("PT Bahari Jaya Samudra");
    }

    @Test
    void factsRememberedRightAfterSendingAreAddedToThatReport() {
        BotConversation mother = new BotConversation(BOT_API, 841_003);
        mother.say("sa pung anak laki kerja di kapal ikan Taiwan, su dua bulan sonde telpon");
        mother.press("f:danger:no");
        mother.press("f:offer:yes");
        mother.say("Yohanis");
        for (int step = 0; step < 3; step++) {
            mother.press("f:skip");
        }
        mother.press("f:contact:no");
        String sent = text(mother.press("f:send"));
        String code = StaffChat.codeIn(sent);

        String added =
                text(
                        mother.say(
                                "sa baru ingat nama kapal nya Hsin Fa 168, nama di paspor Yohanis"
                                        + " Tefa"));

        assertThat(added)
                .contains("Ditambahkan ke laporan keluarga <b>" + code + "</b>")
                .doesNotContain("memperkenalkan diri");
        assertThat(queue.find(code).orElseThrow().messages().toString()).contains("Hsin Fa 168");
        // Thanks afterwards is thanks, not another addition.
        assertThat(text(mother.say("terima kasih"))).doesNotContain("Ditambahkan");
    }

    @Test
    void askingForTaiwansNumbersGetsTaiwansLinesAndWhatFactsSaysOfKdei() {
        BotConversation mother = new BotConversation(BOT_API, 841_004);

        String reply = text(mother.say("sa bisa lapor ke mana lagi? nomor telpon Taiwan ada ko?"));

        assertThat(reply).contains("1955", "KDEI Taipei", "belum kami temukan", "119");
        assertThat(reply).doesNotContain("999", "+886");
    }

    @Test
    void aStoryTypedAtHowDidYouLeaveIsKeptAsTheStory() {
        BotConversation yuliana = new BotConversation(BOT_API, 841_005);
        yuliana.press("m:story");
        yuliana.press("s:start");
        yuliana.press("s:c:MY");

        String told =
                text(
                        yuliana.say(
                                "Saya Yuliana dari Baun, tahun 2019 berangkat lewat om saya ke"
                                        + " Sabah, kerja di ladang sawit 2 tahun, gaji dipotong"
                                        + " terus, paspor dipegang mandor. Akhirnya saya"
                                        + " dideportasi lewat Nunukan."));

        assertThat(told)
                .contains("Cerita Anda tercatat", "Bagaimana berangkatnya?")
                .doesNotContain("Keluarga di luar negeri", "Petugas Satgas sudah diberi tahu");
        assertThat(text(yuliana.press("s:r:NONPROCEDURAL"))).contains("sudah kami simpan");
    }

    @Test
    void removingAPlaceNameFromHerStoryIsNoEmergency() {
        BotConversation yuliana = new BotConversation(BOT_API, 841_006);
        yuliana.press("m:story");
        yuliana.press("s:start");
        yuliana.press("s:c:MY");
        yuliana.press("s:r:NONPROCEDURAL");
        yuliana.say(
                "Tahun 2019 saya berangkat lewat om saya ke Sabah, kerja di ladang sawit, gaji"
                        + " dipotong terus. Akhirnya saya dideportasi lewat Nunukan.");
        yuliana.press("s:done");
        yuliana.press("s:skip");
        yuliana.press("s:pub:yes");

        String reply = text(yuliana.say("saya mau ganti sedikit, hapus kata Sabah"));

        assertThat(reply)
                .doesNotContain("Nomor darurat di Malaysia", EMERGENCY_SCREEN)
                .doesNotContainIgnoringCase(DANGER_QUESTION)
                .contains("hapus lalu ceritakan lagi");
    }

    @Test
    void aLostPhoneIsNoEmergencyButAMissingChildStillIs() {
        BotConversation rider = new BotConversation(BOT_API, 841_007);
        String phone =
                text(rider.say("hp saya hilang di bemo tadi pagi, gimana cara blokir nomor?"));
        assertThat(phone)
                .doesNotContain("Nomor bantuan resmi", EMERGENCY_SCREEN)
                .doesNotContainIgnoringCase(DANGER_QUESTION);

        BotConversation father = new BotConversation(BOT_API, 841_008);
        String child = text(father.say("anak saya hilang di pelabuhan tadi pagi, tolong"));
        assertThat(child).contains("110");
    }

    @Test
    void aReporterAskingWhetherThePolicePassOnHerNameIsAnswered() {
        BotConversation reporter = new BotConversation(BOT_API, 841_009);
        String alarm =
                text(
                        reporter.say(
                                "ada info baru: Om Marten su bawa 4 orang ke Tenau kemarin malam,"
                                        + " pake kapal Bukit Siguntang"));
        String code = StaffChat.codeIn(alarm);

        String reply = text(reporter.say("polisi nanti kasi tau nama beta ke dia ko?"));

        assertThat(reply)
                .contains("nama samaran", code)
                .containsIgnoringCase("pelapor")
                .doesNotContain("Semua nomor: ketik /darurat");
    }

    @Test
    void afterCallingThePoliceSheGoesOnWithTheGuideAndTheAlarmStaysOpen() {
        BotConversation woman = new BotConversation(BOT_API, 841_010);
        List<JsonNode> countries = woman.say("/jalur");
        List<JsonNode> jobs = woman.press(dataOf(countries, "Hong Kong"));
        woman.press(dataOf(jobs, "rumah tangga"));
        String alarm =
                text(
                        woman.say(
                                "tunggu, teman saya Mery dikunci di rumah penampungan di Oesao, tidak"
                                        + " boleh keluar, HP nya mau diambil"));
        String code = StaffChat.codeIn(alarm);

        String back =
                text(
                        woman.say(
                                "ok sudah saya telpon 110. sekarang saya mau lanjut panduan jalur"
                                        + " resmi tadi"));

        assertThat(back)
                .contains("Langkah 1 dari", "Laporan darurat <b>" + code + "</b> tetap aktif")
                .doesNotContain("Ditambahkan ke laporan darurat");
    }

    @Test
    void inEnglishCallingThePoliceAndContinuingTheGuideWorksToo() {
        BotConversation woman = new BotConversation(BOT_API, 841_011, "en");
        List<JsonNode> countries = woman.say("/route");
        List<JsonNode> jobs = woman.press(dataOf(countries, "Hong Kong"));
        woman.press(dataOf(jobs, "omestic"));
        woman.say(
                "wait, my friend Mery is locked in the holding house in Oesao, she is not allowed"
                        + " out and they want to take her phone");

        String back = text(woman.say("I called 110, now continue the guide"));

        assertThat(back).contains("Step 1 of").doesNotContain("Added to emergency report");
    }

    /** The callback data of the first button whose label contains {@code label}. */
    private static String dataOf(List<JsonNode> replies, String label) {
        for (JsonNode reply : replies) {
            for (JsonNode row : reply.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    if (button.path("text").asText().contains(label)) {
                        return button.path("callback_data").asText();
                    }
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in: " + text(replies));
    }
}
