package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import org.junit.jupiter.api.Test;

/**
 * Trial 13's people whose real questions the bot had no content for (D1–D3, D8, D10, D19–D24, D29,
 * D34, D43): a widow whose husband died on a Sabah plantation, a domestic worker in Hong Kong whose
 * agency deducts a "placement" loan, a deportee who wants to go again legally, a restaurant owner
 * in Kota Kinabalu who wants to hire legally, a father checking a PT in SISKOP2MI and afraid of a
 * police report, a worker who lost a passport in Malaysia, and a five-question message followed by
 * "where is the SKCK made?". Each answer says what FACTS supports and where to ask for the rest.
 */
class FamiliesAndWorkersAbroadIntegrationTests extends TelegramChatTest {

    private static final String REFUSAL = "Maaf, kami hanya bisa membantu";

    @Test
    void aWidowLearnsWhoHandlesTheBodyWhatInsuranceCoversAndWhereToClaimWages() {
        BotConversation widow = new BotConversation(BOT_API, 830_001);
        widow.say("sore kaka");
        // Round 15: one condolence message with the offices; the next questions get what it did
        // not say, never "Turut berduka" and the same offices a second time.
        String grief =
                text(
                        widow.say(
                                "beta pung laki meninggal di malaysia minggu lalu, di kebun sawit sabah"));
        assertThat(grief)
                .contains("turut berduka", "BP3MI NTT berkoordinasi dengan Perwakilan RI")
                .contains("Jangan bayar dulu", "Jl. Perintis Kemerdekaan I No. 6");
        String body = text(widow.say("beta mau bawa pulang dia pung jenazah. siapa yang bayar?"));
        assertThat(body)
                .contains("Siapa yang membayar pemulangan jenazah belum ada di sumber kami")
                .doesNotContain("Turut berduka", "turut berduka");
        String insurance =
                text(widow.say("dia pi sonde lewat PT, pi ikut om dia. ada asuransi ko?"));
        assertThat(insurance)
                .contains("BPJS Ketenagakerjaan", "JKM", "tanpa PT")
                .doesNotContain("125 PMI asal NTT meninggal");
        String wages = text(widow.say("dia pung gaji 4 bulan belum dibayar bos. bisa minta kah?"));
        assertThat(wages)
                .contains("Gaji tidak dibayar di luar negeri", "slip gaji", "+62 21 2924 4800")
                .doesNotContain("10 jabatan bebas biaya");
    }

    @Test
    void aDomesticWorkerInHongKongAsksAboutAnAgencyLoanDeductedFromHerWages() {
        BotConversation worker = new BotConversation(BOT_API, 830_002);
        String loan =
                text(
                        worker.say(
                                "aku kerja di hong kong, agency potong gaji aku buat bayar loan"
                                        + " biaya penempatan, boleh ga?"));
        assertThat(loan)
                .contains("Pasal 30", "Hong Kong dan Taiwan", "surat pinjaman")
                .contains("KJRI Hong Kong +852 6773 0466")
                .doesNotContain("cek ke Disnaker");
    }

    @Test
    void aDeporteeLearnsWhereTheLegalRouteStartsAndWhomToAskAboutABan() {
        BotConversation man = new BotConversation(BOT_API, 830_003);
        String again =
                text(
                        man.say(
                                "selamat pagi. sy tahun lalu dideportasi dari malaysia, skrg mau"
                                        + " balik kerja tp yg resmi. bisa kah?"));
        assertThat(again).contains("Disnaker Kabupaten Kupang", "rekomendasi Disnaker");
        String stamp =
                text(
                        man.say(
                                "sy dulu pi lewat calo, ada cap deportasi di paspor. itu blok sy"
                                        + " ko?"));
        // The card above already named the five-year ban; this is what it did not say (round 15:
        // the same card twice was the chat trial's "duplicated card").
        assertThat(stamp)
                .contains("cap deportasi", "menghalangi paspor baru", "Imigrasi Kupang")
                .doesNotContain("Laporkan calo lewat bot ini", "Mulai dari Disnaker, jangan");
        String papers = text(man.say("surat2 apa saja yg sy perlu skrg?"));
        assertThat(papers).contains("Dokumen wajib PMI").doesNotContain(REFUSAL);
    }

    @Test
    void anEmployerInKotaKinabaluIsToldTheLegalWayToHire() {
        BotConversation owner = new BotConversation(BOT_API, 830_004, "en");
        owner.say("Hello, I run a small restaurant in Kota Kinabalu, Sabah");
        String hire =
                text(owner.say("I want to hire 3 workers from Kupang legally. How do I do it?"));
        assertThat(hire)
                .contains("licensed company (P3MI", "One Channel System", "RM1,500")
                .contains("Do not keep the worker's passport")
                .doesNotContain("Register at the Manpower Office");
        BotConversation pemilik = new BotConversation(BOT_API, 830_005);
        String rekrut =
                text(
                        pemilik.say(
                                "saya punya usaha di sabah, mau ambil 3 pekerja dari kupang secara"
                                        + " resmi, bagaimana caranya?"));
        assertThat(rekrut).contains("P3MI, SIP3MI", "One Channel System");
    }

    @Test
    void aFatherCheckingAPtInSiskop2miIsToldWhatIsKnownAndThatAPoliceReportIsNotAnonymous() {
        BotConversation father = new BotConversation(BOT_API, 830_006);
        father.say(
                "Temannya bilang ada PT yang urus, namanya PT Sinar Jaya Abadi. Bagaimana saya cek"
                        + " PT ini punya izin atau tidak?");
        String steps = text(father.say("Cara cek di SISKOP2MI bagaimana langkahnya?"));
        assertThat(steps)
                .contains("belum kami temukan", "siskop2mi.bp2mi.go.id/lowongan/list")
                .contains("Disnaker Kabupaten Kupang, BP3MI NTT")
                .doesNotContain("Langkah resmi bekerja ke luar negeri");
        String police =
                text(
                        father.say(
                                "Kalau saya lapor polisi, teman anak saya itu nanti tahu saya yang"
                                        + " lapor ko?"));
        assertThat(police)
                .contains("Laporan resmi ke polisi berbeda", "Kami tidak bisa menjanjikan")
                .contains("Polisi 110", "SAPA 129");
    }

    @Test
    void aWorkerWhoLostHerPassportInMalaysiaGoesToTheMissionNotToImigrasiKupang() {
        BotConversation worker = new BotConversation(BOT_API, 830_007);
        String lost = text(worker.say("kalau di malaysia hilang paspor gimana?"));
        assertThat(lost)
                .contains("SPLP", "Rp100.000", "KBRI Kuala Lumpur +60 17-668 8032")
                .contains("Konsulat RI Tawau", "laporan polisi setempat: tanyakan")
                .doesNotContain("Dibuat di Imigrasi Kupang");
    }

    @Test
    void whereTheSkckIsMadeAfterTheFeeCardIsAnsweredWhole() {
        BotConversation asker = new BotConversation(BOT_API, 830_008);
        asker.say(
                "selamat sore, sy mau tanya bbrp hal: 1) paspor berapa harganya sekarang 2) SKCK"
                        + " dimana buatnya 3) kalau ke Taiwan jadi perawat lansia ada biaya tidak"
                        + " 4) berapa lama sampai berangkat 5) ada penipuan atas nama KP2MI tidak?");
        String skck = text(asker.say("SKCK dimana buatnya?"));
        assertThat(skck)
                // Since round 22 the SKCK's own answer (TopicLines, FACTS 10.10-10.11).
                .contains("Polres atau Polda", "sesuai alamat KTP")
                .doesNotContain("Aturan mana yang berlaku");
    }
}
