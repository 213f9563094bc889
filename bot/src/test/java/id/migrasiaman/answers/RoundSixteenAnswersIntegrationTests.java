package id.migrasiaman.answers;

import static id.migrasiaman.telegram.BotReplies.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.TelegramChatTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 15's answers, told as the people who asked: a 15-year-old offered a job in Bali "then on to
 * Malaysia" who asks what to do; a domestic worker in Kuala Lumpur asking whether her employer may
 * keep her passport; a recruiter asking how to get past the police; a young man asking what the
 * Korea and Japan routes cost; a pilgrim, an employer in Taiwan and a researcher who were turned
 * away (D6, D7, D9, D14, D15, D16, D21, D22, D23).
 */
class RoundSixteenAnswersIntegrationTests extends TelegramChatTest {

    private static final String REFUSED = "hanya bisa membantu";

    @Test
    void aFifteenYearOldWhoAsksWhatToDoIsToldSheCannotGoAndWhomToTell() {
        BotConversation girl = new BotConversation(BOT_API, 842_001);
        girl.say("kak aku mau tanya");
        girl.say(
                "aku umur 15 thn, ada tante yg tawarin kerja jd pelayan restoran di bali, tiket dia"
                        + " yg bayar");
        String later = text(girl.say("kata tante nanti lanjut ke malaysia, gaji besar"));
        // No invented friend who is safe there (D6): the domestic-then-abroad warning itself.
        assertThat(later).doesNotContain("Teman Anda aman", "Syukurlah").contains("nanti dipindah");
        String age = text(girl.say("tante bilang umur bisa diatur di ktp"));
        // Spoken to her, not to a parent (D7).
        assertThat(age)
                .contains("Kamu belum boleh kerja ke luar negeri", "18 tahun", "pemalsuan")
                .doesNotContain("Jangan izinkan dia berangkat", "Anda boleh tidak memberi izin");
        String what = text(girl.say("aku harus gmn kak?"));
        assertThat(what)
                .contains("jangan berangkat", "Jangan terima tiketnya", "orang tua atau guru")
                .contains("SAPA 129", "08111-129-129", "Polisi 110", "Laporkan")
                .doesNotContain("Tanyakan lima hal", "SISKOP2MI", "Jalur resmi:");
    }

    @Test
    void aWorkerWhoseEmployerKeepsHerPassportHearsThatItIsNotAllowedAndWhomToCall() {
        long chat = 842_010;
        for (String asked :
                List.of(
                        "Apakah majikan boleh pegang paspor?",
                        "majikan tahan paspor itu boleh ka di malaysia?")) {
            // Each in a fresh conversation, as the tester's two runs were.
            String answer = text(new BotConversation(BOT_API, chat++).say(asked));
            assertThat(answer)
                    .as(asked)
                    .contains("Tidak boleh", "Passports Act 1966", "MoU Indonesia–Malaysia 2022")
                    .contains("+60 17-668 8032", "+62 21 2924 4800", "999")
                    .doesNotContain("Dibuat di Imigrasi Kupang", "Rp350.000");
        }
        BotConversation maid = new BotConversation(BOT_API, 842_003, "en");
        assertThat(text(maid.say("My employer in Kuala Lumpur keeps my passport, is that legal?")))
                .contains("No. Your passport is yours", "Passports Act 1966")
                .doesNotContain("Made at Imigrasi Kupang");
    }

    @Test
    void aRecruiterAskingHowToDodgeThePoliceIsRefusedPlainly() {
        BotConversation calo = new BotConversation(BOT_API, 842_004);
        String route =
                text(
                        calo.say(
                                "bos, beta ada kirim orang ke malaysia, mau tanya jalur cepat yang"
                                        + " aman dari polisi"));
        assertThat(route)
                .contains("Kami tidak membantu mengirim orang", "tindak pidana", "Pasal 69")
                .doesNotContain("Identitas Anda dilindungi", "Mau buat laporan");
        String port =
                text(
                        calo.say(
                                "biar sonde ketahuan di pelabuhan tenau, lewat mana bagus? nunukan"
                                        + " ato batam?"));
        assertThat(port).contains("tidak membantu menghindari polisi");
        String name = text(calo.say("kalo paspor pake nama lain bisa ko?"));
        assertThat(name)
                .contains("pemalsuan dokumen", "Adelina Sau")
                .doesNotContain("Dibuat di Imigrasi Kupang");
        // Asking about the legal licence is answered as usual.
        assertThat(text(calo.say("ok kalo begitu beta mau urus izin resmi, syarat jadi PT apa?")))
                .doesNotContain("Kami tidak membantu");
    }

    @Test
    void someoneWhoReportsARecruiterDodgingThePoliceIsNotRefused() {
        BotConversation witness = new BotConversation(BOT_API, 842_005);
        String told =
                text(
                        witness.say(
                                "calo di kampung sa kirim orang ke malaysia lewat tenau biar sonde"
                                        + " ketahuan polisi, beta mau lapor dia"));
        assertThat(told).doesNotContain("Kami tidak membantu mengirim orang");
    }

    @Test
    void aYoungManAskingWhatKoreaAndJapanCostHearsWhatWeDoNotKnowAndWhomToAsk() {
        BotConversation man = new BotConversation(BOT_API, 842_006);
        man.say("saya mau kerja ke korea lewat jalur resmi EPS, caranya gimana?");
        String cost = text(man.say("biaya nya berapa total? berapa lama sampai berangkat?"));
        assertThat(cost)
                .contains("Korea Selatan (EPS)", "belum ada di sumber resmi kami", "0-800-1000")
                .contains("biaya", "lama menunggu")
                .doesNotContain("Rp350.000", "Rp37.500");
        String exam = text(man.say("ujian bahasa korea nya kapan dan bayar berapa?"));
        assertThat(exam).contains("ujian", "belum ada di sumber resmi kami");
        String japan =
                text(
                        man.say(
                                "kalau ke jepang tokutei ginou atau magang, mana yang lebih murah?"
                                        + " gaji berapa?"));
        assertThat(japan)
                .contains("Jepang", "Tokutei Ginou", "gaji", "belum ada di sumber resmi kami")
                .doesNotContain("sektor kesehatan");
        String age = text(man.say("umur maksimal berapa untuk korea?"));
        assertThat(age).contains("batas umur maksimal", "18 tahun", "0-800-1000");
    }

    @Test
    void aPilgrimAskingAboutAPassportForUmrahGetsThePassportFacts() {
        BotConversation pilgrim = new BotConversation(BOT_API, 842_007);
        String answer =
                text(
                        pilgrim.say(
                                "mau tanya, bikin paspor untuk umroh bulan depan syaratnya apa ya?"));
        assertThat(answer)
                .contains("Paspor untuk umrah", "bukan soal kerja", "Imigrasi")
                .contains("KTP", "Kartu Keluarga", "Rp350.000", "Rp950.000")
                .doesNotContain(REFUSED);
    }

    @Test
    void anEmployerInTaiwanAskingWhomToContactGetsTheChannelsInEnglish() {
        BotConversation employer = new BotConversation(BOT_API, 842_008, "en");
        employer.say(
                "Hello, I run a factory in Taichung, Taiwan. How can I legally hire Indonesian"
                        + " workers from Kupang?");
        String contacts = text(employer.say("Who do I contact in Indonesia, is there an email?"));
        assertThat(contacts)
                .contains("+62 21 2924 4800", "0811-8080-141", "pwni.bhi@kemlu.go.id")
                .contains("KDEI Taipei", "not found", "not in our sources")
                .doesNotContain("Sorry, we can only help", REFUSED);
    }

    @Test
    void aResearcherAskingForKabupatenKupangFiguresGetsThemInEnglishWithSources() {
        BotConversation researcher = new BotConversation(BOT_API, 842_009, "en");
        researcher.say(
                "Hi, I am a researcher at an Australian university. How many migrant workers from"
                        + " NTT died abroad in 2024 and 2025?");
        String figures = text(researcher.say("Any figures for Kabupaten Kupang specifically?"));
        assertThat(figures)
                .contains("Figures for Kabupaten Kupang", "795", "Kupang Timur (93)", "Antara")
                .contains("ask BP3MI NTT")
                .doesNotContain("Angka untuk", REFUSED, "Sorry, we can only help");
    }

    @Test
    void aFifteenYearOldOfferedAShopJobInBaliWhoAsksWhatToDoIsToldNotToGoWithHim() {
        // Trial 16, D20: inside the emergency her first message raised, "we have no answer yet".
        BotConversation girl = new BotConversation(BOT_API, 842_012);
        girl.say(
                "kak aku umur 15, ada om tawarin kerja di bali jaga toko, gaji 3 juta, katanya besok"
                        + " berangkat ga usah bilang mama");
        String what = text(girl.say("aku harus gmn kak?"));
        assertThat(what)
                .contains("Jangan ikut dia", "orang tua atau guru", "SAPA 129", "Polisi 110")
                .doesNotContain("belum punya jawaban pasti");
    }

    @Test
    void aManAskingWhatKoreaCostsAndWhetherHeIsTooOldHearsWhatOurSourcesDoNotSay() {
        // Trial 16, D24, in Kupang Malay: the minimum age does not answer a 35-year-old.
        BotConversation man = new BotConversation(BOT_API, 842_013);
        assertThat(text(man.say("bet mau pi karja di korea, biaya berapa?")))
                .contains("Korea Selatan (EPS)", "biaya", "belum ada di sumber resmi kami");
        assertThat(text(man.say("tes bahasa korea daftar di mana? berapa?")))
                .contains("ujian", "belum ada di sumber resmi kami");
        assertThat(text(man.say("umur 35 masih bisa ko?")))
                .contains("batas umur maksimal", "belum ada di sumber resmi kami", "18 tahun");
    }
}
