package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 17's answers, told as the people who asked: a young man checking two offers one after the
 * other (D19), a worker held in a Cambodian compound (D16, D17), a plantation worker in Sabah whose
 * foreman keeps his passport (D10), a mother in Kupang whose daughter in Malaysia is silent (D1), a
 * domestic worker in Hong Kong (D12), a returned worker telling her story (D14, D15), a brother in
 * England whose sister works in Singapore (D32), a young man asking the cost in Kupang Malay (D30)
 * and a village secretary preparing a talk (D22).
 */
class RoundEighteenAnswersIntegrationTests extends IntegrationTest {

    private static final String REFUSED = "hanya bisa membantu";
    private static final String REFUSED_EN = "Sorry, we can only help";

    private static final String MALAYSIA_AD =
            "DICARI CEPAT!!! kerja kebun sawit malaysia gaji 6 juta/bln. berangkat 3 hari lagi, tdk"
                    + " perlu paspor, semua diurus. biaya tiket dipotong gaji 3 bln pertama. yg mau"
                    + " lgsg WA Bpk Lukas 081399887766. kuota terbatas";

    private static final String KOREA_OFFER =
            "PT Bintang Samudra Jaya tawarin kerja pabrik di Korea, katanya G to G. tp hrs bayar 15"
                    + " juta dulu buat biaya proses & kursus bahasa di LPK mereka, nanti LPK yg"
                    + " berangkatin.";

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void aSecondOfferIsJudgedOnItsOwnTextNotWithTheSignsOfTheFirst() {
        BotConversation man = new BotConversation(BOT_API, 857_001);
        man.press("m:offer");
        String first = text(man.say(MALAYSIA_AD));
        assertThat(first).contains("3 tanda bahaya", "visa turis");
        man.press("m:offer");
        String second = text(man.say(KOREA_OFFER));
        // The Korea text says nothing of visas, passports or speed (trial 17, D19); its own signs
        // are the fee and, since round 19 (D20), a PT and an LPK selling "G to G" places.
        assertThat(second)
                .contains("2 tanda bahaya", "Bayar di muka", "Agen tanpa izin")
                .doesNotContain("visa turis", "berangkat cepat");
    }

    @Test
    void aWorkerHeldInCambodiaHearsHowToReachTheEmbassyAndHowToLeaveWithoutHisPassport() {
        BotConversation worker = new BotConversation(BOT_API, 857_010, "en");
        worker.say(
                "Hello. I hope this is the right place to ask. We came to Cambodia for a customer"
                        + " service job. The company keeps our passports and the door of the"
                        + " building is locked from outside at night. Yesterday a boy who refused"
                        + " to work was beaten by the guards. I have hidden my phone. What are my"
                        + " options?");
        String embassy =
                text(
                        worker.say(
                                "Thank you. It's quiet now, everyone is asleep. Should I contact"
                                        + " the embassy in Phnom Penh? I don't have their"
                                        + " number."));
        // FACTS 12.12: contact KBRI Phnom Penh; its number is not in FACTS, so the Kemlu line.
        assertThat(embassy)
                .contains("Phnom Penh", "+62 812 9007 0027", "not in our sources")
                .doesNotContain("Local emergency number: ask the Indonesian embassy");
        String passport = text(worker.say("Is there a way to get out without my passport?"));
        // FACTS 12.12 and 10.1: the mission issues an SPLP; not how to apply at Imigrasi Kupang.
        assertThat(passport)
                .contains("SPLP", "Phnom Penh")
                .doesNotContain("Imigrasi Kupang", "Paspor Masuk Desa");
    }

    @Test
    void aWorkerInSabahWhoseForemanKeepsHisPassportHearsThatHeMayNot() {
        BotConversation worker = new BotConversation(BOT_API, 857_020);
        worker.say(
                "halo, sy kerja di kebun sawit di sabah dkt lahad datu. gaji sdh 4 bln blm"
                        + " dibayar, paspor dipegang mandor. sy masuk lewat nunukan dulu. bisa"
                        + " bantu?");
        String passport =
                text(
                        worker.say(
                                "paspor sy gmn? mandor bilang kalo sy minta dia lapor polisi sy kabur"));
        // FACTS 11.16: holding another person's passport is an offence in Malaysia.
        assertThat(passport).contains("Passports Act 1966", "tidak boleh menahannya");
    }

    @Test
    void aMotherWhoseReportIsSentAsksWhereThePoliceIsAndIsToldNotRefused() {
        BotConversation mother = familyReportSent(857_030);
        String police = text(mother.say("beta mau lapor polisi, kantor polisi di mana?"));
        // The family answer said "Buat laporan polisi": where, as far as FACTS knows (15.1).
        assertThat(police).contains("Polres Kupang", "110").doesNotContain(REFUSED);
    }

    /** A mother in Kupang whose daughter in Malaysia is silent has sent the family report. */
    private static BotConversation familyReportSent(long chat) {
        BotConversation mother = new BotConversation(BOT_API, chat);
        mother.say(
                "beta pung anak nona di malaysia su 3 bulan sonde kasi kabar, hp mati terus. beta"
                        + " takut skali");
        mother.press("f:danger:no");
        mother.press("f:offer:yes");
        mother.say("Maria Seran");
        mother.press("f:skip");
        mother.say("om Yakob dari desa sebelah yang bawa, bukan PT");
        mother.press("f:skip");
        mother.press("f:contact:yes");
        assertThat(text(mother.press("f:send"))).contains("LPR-");
        return mother;
    }

    @Test
    void aRestDayQuestionFromHongKongIsNoSelfIntroduction() {
        BotConversation worker = new BotConversation(BOT_API, 857_040);
        worker.say(
                "mbak sy PRT di hong kong, majikan potong gaji sy tiap bulan HKD 1000 katanya buat"
                        + " bayar agen. boleh gitu?");
        String rest = text(worker.say("trus libur sy cuma 1x sebulan, kontrak bilang tiap minggu"));
        assertThat(rest)
                .doesNotContain("memperkenalkan diri", REFUSED)
                .containsAnyOf("Perjanjian Kerja", "kontrak");
    }

    @Test
    void aReturnedWorkerNamingAnActiveRecruiterIsOfferedTheReportAndHerQuestionAnswered() {
        BotConversation yuli = new BotConversation(BOT_API, 857_050);
        yuli.say("/cerita");
        yuli.press("s:start");
        yuli.press("s:c:MY");
        yuli.press("s:r:NONPROCEDURAL");
        yuli.say(
                "beta dulu tahun 2019 pi malaysia lewat om dari kampung, naik kapal dari tenau ke"
                        + " nunukan trus speedboat ke tawau. paspor pelancong. kerja di kebun sawit"
                        + " 3 tahun, gaji dipotong terus buat bayar utang tiket. akhirnya beta"
                        + " ditangkap polis dan dideportasi 2022.");
        List<JsonNode> named =
                yuli.say(
                        "om yang bawa beta namanya Yosef Tanu, dia masih rekrut orang sampe"
                                + " sekarang di Baun");
        // Trial 17, D14: a recruiter still at work is for the Satgas, not only for the story.
        assertThat(buttons(named)).contains("m:report");
        String cost =
                text(
                        yuli.say(
                                "oh iya beta pung ade mau pi kerja di hong kong jalur resmi, biaya"
                                        + " dia harus bayar berapa?"));
        // D15: a question is answered, not saved into the story that others will read.
        assertThat(cost).doesNotStartWith("Tercatat").contains("Rp");
    }

    @Test
    void aBrotherAtHomeAsksAboutHisSistersPassportInSingaporeAndHearsNoMalaysianLaw() {
        // The lead's chat trial, round 23: the passport card led with Malaysia's Passports Act and
        // "999 in Malaysia" for a maid in Singapore, asked about by her brother at home.
        BotConversation brother = new BotConversation(BOT_API, 886_000_001L, "en");
        String reply =
                text(
                        brother.say(
                                "my sister is a maid in Singapore and her employer keeps her"
                                        + " passport, what are her rights?"));
        assertThat(reply)
                .contains("Singapore")
                .doesNotContain("Passports Act 1966", "999 in Malaysia", "KBRI Kuala Lumpur");
    }

    @Test
    void aBrotherAsksWhatMomIsAndItsNumberAfterTheSingaporeLines() {
        BotConversation brother = new BotConversation(BOT_API, 857_060, "en");
        brother.say(
                "hi, my sister works as a maid in singapore. her employer hasn't paid her for 2"
                        + " months and she can only call me at night. what can we do?");
        String mom = text(brother.say("is MOM the ministry of manpower? what number?"));
        assertThat(mom).contains("1800 339 5505").doesNotContain(REFUSED_EN);
    }

    @Test
    void theCostOfGoingToMalaysiaAskedInKupangMalayGetsTheOfficialCosts() {
        String cost =
                text(new BotConversation(BOT_API, 857_070).say("biaya pi malaysia brapa doi?"));
        assertThat(cost).contains("Rp350.000").doesNotContain("uang sirih", "uang FIT", REFUSED);
    }

    @Test
    void theSummaryToPrintComesWheneverItsWordsAreTyped() {
        BotConversation secretary = new BotConversation(BOT_API, 857_080);
        String talk =
                text(
                        secretary.say(
                                "Selamat siang. Saya sekretaris desa di Desa Tuapukan, Kupang"
                                        + " Timur. Banyak warga muda mau kerja ke luar negeri. Kami"
                                        + " mau sosialisasi. Apa saja langkah resmi dan berapa"
                                        + " biaya yang harus disiapkan warga?"));
        assertThat(talk).contains("ringkasan untuk dicetak");
        secretary.press("t:legal-steps");
        secretary.press("t:costs");
        String summary = text(secretary.say("ringkasan untuk dicetak"));
        assertThat(summary).contains("Ringkasan singkat untuk dicetak").doesNotContain(REFUSED);
    }

    private static String text(List<JsonNode> replies) {
        return String.join("\n", replies.stream().map(r -> r.path("text").asText()).toList());
    }

    private static List<String> buttons(List<JsonNode> replies) {
        return replies.stream().flatMap(r -> BotConversation.buttonData(r).stream()).toList();
    }
}
