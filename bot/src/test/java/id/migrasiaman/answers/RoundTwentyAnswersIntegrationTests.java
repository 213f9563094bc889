package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trial 18's answers, told as the people who asked: a domestic worker in Singapore whose employer
 * keeps her passport and gives her no day off (D15, D16), a father in Sulamu whose daughter is
 * offered a Saudi job on an umrah visa (D9, D11), an NGO worker asking for two countries and
 * reporting for a family (D18, D19), a young man whose recruiter is his own uncle (D35).
 */
class RoundTwentyAnswersIntegrationTests extends IntegrationTest {

    private static final String NO_ANSWER = "belum punya jawaban pasti";
    private static final String REFUSED_EN = "Sorry, we can only help";

    private static final String SAUDI_OFFER =
            "Sy bapak dr Sulamu. Anak perempuan sy 22 thn ditawari kerja di Arab Saudi jadi"
                    + " pembantu rumah tangga. Berangkatnya pakai visa umrah dulu katanya, nanti di"
                    + " sana baru diurus visa kerja. Yg tawarkan ustadz kenalan di Kupang. Apakah ini"
                    + " resmi?";

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void aWorkerInSingaporeWhoseEmployerKeepsHerPassportHearsSingaporesNumbers() {
        BotConversation worker = new BotConversation(BOT_API, 865_001);
        worker.say("halo kak sy PMI di singapore, kerja rumah tangga sdh 7 bulan");
        String passport =
                text(
                        worker.say(
                                "majikan sy pegang paspor sy katanya biar aman. boleh gak sih kak"
                                        + " majikan pegang paspor?"));
        // D15: FACTS 11.15 and 11.8 for Singapore; FACTS has no Singapore passport law.
        assertThat(passport)
                .contains("minta kembali", "1800 339 5505", "+65 9295 3964")
                .doesNotContain("Malaysia", "Kuala Lumpur", "Passports Act");
    }

    @Test
    void aWorkerInSingaporeWithNoDayOffIsAnsweredForSingaporeNotGreeted() {
        BotConversation worker = new BotConversation(BOT_API, 865_010);
        worker.say("halo kak sy PMI di singapore, kerja rumah tangga sdh 7 bulan");
        worker.say(
                "majikan sy pegang paspor sy katanya biar aman. boleh gak sih kak majikan pegang"
                        + " paspor?");
        worker.say(
                "sy di singapore kak bukan malaysia. nomor yg bisa sy hubungi di singapore apa?");
        String rest =
                text(
                        worker.say(
                                "oh iya kak satu lg, sy blm pernah dapat hari libur sejak datang,"
                                        + " itu boleh?"));
        // D16: a worker abroad without a day off is a problem with the employer (MOM, FACTS 11.15).
        assertThat(rest)
                .doesNotContain("Halo!", "Senang Anda menghubungi")
                .contains("1800 339 5505");
    }

    @Test
    void aRestDayQuestionFromSingaporeNamesNoMalaysianRule() {
        String rest =
                text(
                        new BotConversation(BOT_API, 865_020)
                                .say(
                                        "sy PMI di singapore. sy blm pernah dapat hari libur sejak"
                                                + " datang 7 bulan lalu, itu boleh?"));
        assertThat(rest).contains("1800 339 5505").doesNotContain("Di Malaysia", "RM1.500");
    }

    @Test
    void aFatherWhoPaidTheUstadzHearsItIsAWarningSignAndHowToReportIt() {
        BotConversation father = new BotConversation(BOT_API, 865_030);
        father.say(SAUDI_OFFER);
        String paid =
                text(
                        father.say(
                                "Ustadz itu minta 5 juta utk urus paspor dan tiket umrah, sy sdh"
                                        + " kasih 2 juta. Bisa minta kembali kah?"));
        // D9: the money went to the recruiter of an illegal placement (FACTS 4.5, 6).
        assertThat(paid)
                .doesNotContain("bukan soal kerja")
                .contains("laporan", "bukti", "tidak bisa menjanjikan");
    }

    @Test
    void aFatherAskingForALegalWayToSaudiIsAnswered() {
        BotConversation father = new BotConversation(BOT_API, 865_040);
        father.say(SAUDI_OFFER);
        String legal =
                text(
                        father.say(
                                "Kalau anak sy mau kerja resmi di Saudi, ada jalannya kah? Dia"
                                        + " tamat SMA, tdk ada keahlian khusus"));
        // D11: the Middle East answer (FACTS 13.1, 13.4) and the legal route.
        assertThat(legal).doesNotContain(NO_ANSWER).contains("moratorium");
    }

    @Test
    void anNgoWorkerAskingForTaiwanAndHongKongGetsBoth() {
        BotConversation ngo = new BotConversation(BOT_API, 865_050, "en");
        String both =
                text(
                        ngo.say(
                                "What are the correct hotline numbers for Indonesian workers in"
                                        + " Taiwan? And in Hong Kong?"));
        // D18: FACTS 11.10 (Taiwan 1955) and 11.6 (KJRI Hong Kong).
        assertThat(both).contains("1955", "+852 6773 0466");
    }

    @Test
    void anNgoMayReportOnBehalfOfAFamily() {
        BotConversation ngo = new BotConversation(BOT_API, 865_060, "en");
        ngo.say(
                "Hi, I work for an NGO in Kupang supporting migrant families. Do you speak English?");
        String behalf =
                text(
                        ngo.say(
                                "Can I file a report on behalf of that family, as an NGO? They"
                                        + " don't have Telegram."));
        // D19: anyone may report (FACTS 14.2, 14.5, 14.6).
        assertThat(behalf).doesNotContain(REFUSED_EN).contains("Yes, you may report", "0-800-1000");
    }

    @Test
    void aRecruiterWhoIsTheUncleIsStillARecruiter() {
        BotConversation man = new BotConversation(BOT_API, 865_070);
        man.say(
                "ah sonde jadi sa ke korea, lama deng mahal. beta pi malaysia sa lewat om di"
                        + " kampung, dia bilang 2 minggu su berangkat, sonde usah bayar apa2");
        String uncle = text(man.say("tapi om tu keluarga sendiri jadi aman to?"));
        // D35: FACTS 6 (a relative as recruiter) and 9.20 (the Oelpuah uncle, 2025).
        assertThat(uncle)
                .doesNotContain("Mengirim uang", "uang sirih")
                .contains("keluarga", "SIP3MI");
        String again =
                text(
                        man.say(
                                "bukan kirim doi kaka 😅 maksud beta, om yg bawa beta tu keluarga,"
                                        + " jadi sonde mungkin dia tipu beta to?"));
        assertThat(again).doesNotContain("uang sirih", "Mengirim uang").contains("SIP3MI");
    }

    private static String text(List<JsonNode> replies) {
        return String.join("\n", replies.stream().map(r -> r.path("text").asText()).toList());
    }
}
