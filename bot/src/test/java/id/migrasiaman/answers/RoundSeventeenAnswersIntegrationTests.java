package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 16's answers, told as the people who asked: a pastor preparing a youth talk (D13), a
 * construction worker hurt in a Johor hospital (D4), a caregiver in Taiwan whose contract ends
 * (D12), a young woman offered a marriage in Malaysia (D2), and a young man who corrects the salary
 * of an offer he is checking (D17).
 */
class RoundSeventeenAnswersIntegrationTests extends IntegrationTest {

    private static final String REFUSED = "hanya bisa membantu";

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void aPastorPreparingAYouthTalkGetsASummaryToPrintAndTheRedFlags() {
        BotConversation pastor = new BotConversation(BOT_API, 848_001);
        String talk =
                text(
                        pastor.say(
                                "Syalom. Saya pendeta di jemaat GMIT di Amarasi. Minggu depan saya"
                                        + " mau bicara di depan pemuda soal kerja ke luar negeri."));
        assertThat(talk)
                .contains("tanda-tanda calo", "ringkasan untuk dicetak")
                .doesNotContain("belum punya jawaban pasti", REFUSED);
        String summary =
                text(
                        pastor.say(
                                "Tolong buatkan ringkasan singkat: jalur resmi, tanda-tanda calo,"
                                        + " dan nomor pengaduan, supaya bisa saya cetak"));
        // Built from the three sourced topics, never read as a broker report.
        assertThat(summary)
                .contains("Ringkasan singkat untuk dicetak", "Disnaker", "uang sirih")
                .contains("0-800-1000", "SAPA 129", "Sumber:")
                .doesNotContain("Mau buat laporan", "melaporkan calo atau perekrut");
        String poster = text(pastor.say("Apakah ada materi dalam bentuk poster atau pdf?"));
        assertThat(poster).contains("Poster atau PDF belum kami punya").doesNotContain(REFUSED);
        String english =
                text(
                        pastor.say(
                                "Also, a donor from Australia is visiting. Could you give me the"
                                        + " same summary in English please?"));
        assertThat(english)
                .contains("A short summary to print", "Disnaker", "0-800-1000")
                .doesNotContain("Sorry, we can only help");
        String flags = text(pastor.say("What are the main red flags?"));
        // Right after the summary (which showed the card) the topic says what the card did not.
        assertThat(flags)
                .contains("Signs of an illegal job offer")
                .doesNotContain("Sorry, we can only help");
    }

    @Test
    void theSignsOfABrokerAskedInIndonesianAndKupangMalayGetTheRedFlagsTopic() {
        long chat = 848_002;
        for (String asked :
                List.of(
                        "apa saja tanda-tanda calo?",
                        "tanda2 calo itu apa sa?",
                        "what are the red flags?")) {
            String answer = text(new BotConversation(BOT_API, chat++).say(asked));
            assertThat(answer)
                    .as(asked)
                    .containsAnyOf(
                            "Tanda-tanda tawaran kerja ilegal", "Signs of an illegal job offer")
                    .doesNotContain(REFUSED, "Sorry, we can only help");
        }
    }

    @Test
    void aWorkerHurtInAJohorHospitalHearsWhoCanHelpAndHowGoingHomeWorks() {
        BotConversation yulius = new BotConversation(BOT_API, 848_010);
        String first =
                text(
                        yulius.say(
                                "Selamat malam. Saya Yulius, kerja di Johor Malaysia di proyek"
                                        + " bangunan. 2 minggu lalu saya jatuh dari perancah,"
                                        + " sekarang di rumah sakit, kaki patah."));
        // A hardship told now is no story to keep.
        assertThat(first)
                .contains("Semoga cepat pulih", "JKK", "+60105288040", "+62 21 2924 4800")
                .doesNotContain("Terima kasih sudah bercerita", "simpan sebagai cerita");
        String who =
                text(
                        yulius.say(
                                "Bos sudah 3 bulan tidak bayar gaji dan sekarang tidak mau bayar"
                                        + " rumah sakit. Siapa yang harus bayar biaya perawatan?"));
        assertThat(who)
                .contains("Biaya perawatan", "BPJS Ketenagakerjaan", "P3MI")
                .doesNotContain("Biaya penempatan", "10 jabatan bebas biaya", "KUR PMI");
        String home = text(yulius.say("Bagaimana cara pulang ke Kupang kalau sudah bisa jalan?"));
        assertThat(home)
                .contains("Pulang ke Kupang", "belum ada di sumber kami", "P3MI", "BP3MI NTT")
                .contains("KJRI Johor Bahru", "paspor")
                .doesNotContain("belum punya jawaban pasti");
    }

    @Test
    void aCaregiverInTaiwanWhoseContractEndsHearsWhatOurSourcesLackAndWhomToAsk() {
        BotConversation caregiver = new BotConversation(BOT_API, 848_020);
        String ends =
                text(
                        caregiver.say(
                                "Hi kak, saya PMI di Taiwan kerja jaga ama (perawat lansia),"
                                        + " kontrak saya habis 3 bulan lagi"));
        assertThat(ends)
                .contains("belum ada di sumber kami", "1955", "KDEI", "P3MI")
                .doesNotContain("Biaya penempatan");
        String renew = text(caregiver.say("Bisa perpanjang kontrak tidak? apa syaratnya?"));
        assertThat(renew)
                .contains("Perpanjang kontrak", "Taiwan", "belum ada di sumber kami", "1955")
                .doesNotContain("Biaya penempatan", "10 jabatan");
        String change = text(caregiver.say("Kalau mau ganti majikan bagaimana?"));
        assertThat(change)
                .contains("Ganti majikan", "1955")
                .doesNotContain("Perpanjang kontrak", "belum punya jawaban pasti");
        String again =
                text(
                        caregiver.say(
                                "Kalau saya pulang dulu ke Kupang terus balik lagi ke Taiwan, urus"
                                        + " apa saja? step by step ya kak"));
        assertThat(again)
                .contains("berangkat lagi", "Perjanjian Kerja baru", "Paspor yang masih berlaku")
                .contains("BPJS Ketenagakerjaan", "SISKOP2MI")
                .doesNotContain("belum punya jawaban pasti");
        // /jalur asks first instead of starting her as a first-time applicant.
        List<JsonNode> route = caregiver.say("/jalur");
        assertThat(text(route))
                .contains("sedang bekerja di Taiwan")
                .doesNotContain("Langkah 1 dari");
        assertThat(buttons(route)).contains("ca:again", "j:x");
        assertThat(text(caregiver.press("ca:again"))).contains("Perjanjian Kerja baru");
    }

    @Test
    void aYoungWomanOfferedAMarriageInMalaysiaHearsTheRiskAndWhomToCall() {
        BotConversation girl = new BotConversation(BOT_API, 848_030);
        girl.say("halo kak");
        String offer =
                text(
                        girl.say(
                                "kak sa ada kenal laki2 dari malaysia di facebook, dia mau kawin"
                                        + " sama sa. dia kasi mahar 20 juta ke mama bapa"));
        assertThat(offer)
                .contains("bukan tawaran kerja", "perdagangan orang", "SAPA 129", "110")
                .contains("media sosial")
                .doesNotContain("SISKOP2MI", "Perjanjian Kerja", "P3MI", "Cek perusahaan");
        String safe =
                text(
                        girl.say(
                                "tanta yang urus sa pung tiket ke jakarta, katanya nanti di sana"
                                        + " langsung nikah terus ke malaysia. aman ko?"));
        assertThat(safe)
                .contains("Belum tentu aman", "SAPA 129")
                .doesNotContain("SISKOP2MI", "izin SIP3MI", "Perjanjian Kerja");
    }

    @Test
    void aCorrectedSalaryIsAcknowledgedAndTheOfferCheckedAgainWithoutTheSameBlock() {
        BotConversation man = new BotConversation(BOT_API, 848_040);
        man.say(
                "Lowongan kerja Malaysia pabrik elektronik, gaji 14 juta per bulan, berangkat minggu"
                        + " depan, biaya 5 juta potong gaji, hubungi Bu Rina 0812xxxx, PT Sinar Jaya"
                        + " Abadi");
        String corrected = text(man.say("eh salah, gajinya 4 juta bukan 14 juta"));
        assertThat(corrected)
                .contains("kami catat", "4 juta", "Tanda bahaya yang tetap ada")
                .doesNotContain("Tanyakan lima hal");
        String licence = text(man.say("PT Sinar Jaya Abadi itu resmi ko? ada izin?"));
        assertThat(licence).contains("Sinar Jaya Abadi");
        String steps = text(man.say("cara cek di siskop2mi bagaimana?"));
        assertThat(steps)
                .contains("belum ada di sumber kami", "siskop2mi.bp2mi.go.id", "Disnaker")
                .doesNotContain("Tanyakan lima hal");
        assertThat(steps).isNotEqualTo(licence);
    }

    private static String text(List<JsonNode> replies) {
        return String.join("\n", replies.stream().map(r -> r.path("text").asText()).toList());
    }

    private static List<String> buttons(List<JsonNode> replies) {
        return replies.stream().flatMap(r -> BotConversation.buttonData(r).stream()).toList();
    }
}
