package id.migrasiaman.reports.chat;

import static id.migrasiaman.telegram.BotConversation.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.telegram.BotConversation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Trial 16 (D7, D8): an ojek driver in Oesao, paid Rp200rb a night by a calo to drive young
 * recruits (one about 15) to Tenau at 2 a.m., wants to stop and report without being known. His
 * fact typed at "Mau buat laporan?" silently started the report; his fear ("sa takut dong tau sa
 * yang lapor") was filed as the calo's identity and, at the last step, "sa pung nama nanti polisi
 * tau ko?" was added to "what happened"; the child he had named was asked about again; and "[4]"
 * typed under the danger question became the kecamatan he had never been asked for.
 */
class OjekDriverReportIntegrationTests extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("LPR-[A-Z0-9]{4}-[A-Z0-9]{4}");

    @Autowired ReportQueue queue;

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void hisFearIsAnsweredAtEveryStepAndNeverFiledAndTheChildHeNamedIsKnown() {
        BotConversation driver = new BotConversation(BOT_API, 849_001);
        assertThat(text(driver.say("bro sa tukang ojek di oesao")))
                .doesNotContain("hanya bisa membantu");
        String offer =
                text(
                        driver.say(
                                "ada orang bayar sa 200rb tiap malam antar anak2 muda ke pelabuhan"
                                        + " tenau jam 2 malam"));
        assertThat(offer).contains("Mau buat laporan?");

        // (a) a fact at "Mau buat laporan?": kept, but typing is no consent (trial 18, D8); the
        // report starts with it on "Ya", and he is told so
        String kept =
                text(
                        driver.say(
                                "dong bilang itu calon TKI ke malaysia, tapi sonde ada dokumen. ada"
                                        + " yang masih kecil kayaknya 15an"));
        assertThat(kept)
                .contains("Laporan belum dimulai", "Mau buat laporan?")
                .doesNotContain("2/8");
        String started = text(driver.press("r:start"));
        assertThat(started).contains("sudah kami catat di <b>Apa yang terjadi</b>", "2/8");

        // (b) his fear at "who?": answered, not the calo's identity, no danger question
        String fear =
                text(
                        driver.say(
                                "sa mau berhenti dan kasi tau polisi tapi sa takut dong tau sa yang"
                                        + " lapor. sa pung nama jang sampe ketahuan"));
        assertThat(fear)
                .contains("Anda boleh melapor tanpa nama")
                .contains("tidak memberi tahu orang yang dilaporkan siapa pelapornya")
                .contains("bukan laporan resmi ke polisi")
                .contains("langkah yang benar")
                .contains("tidak kami masukkan ke laporan")
                .contains("2/8")
                .doesNotContain("Apakah ada orang dalam bahaya", "Tercatat ✅");

        driver.say("Om Yan, nomornya sa sonde tau");
        driver.press("r:kec:0");
        driver.press("r:skip");
        driver.press("r:when:week");
        driver.press("r:dest:MY");
        driver.say("lewat pelabuhan Tenau");
        // D8: the child he named is known at the under-18 step
        assertThat(text(driver.press("r:victims:6+")))
                .contains("di bawah 18 tahun", "Anda sudah menyebut", "Ya, ada");
        driver.press("r:skip");
        driver.press("r:done");

        // at the consent step (8/8) his question about the police is answered, not filed
        String asked = text(driver.say("sa pung nama nanti polisi tau ko?"));
        assertThat(asked)
                .contains("Anda boleh melapor tanpa nama", "tanyakan dulu ke polisi", "8/8")
                .doesNotContain("Dicatat ✅");

        String summary = text(driver.press("r:contact:no"));
        assertThat(summary)
                .contains("Ringkasan", "masih kecil")
                .doesNotContain("takut", "ketahuan", "polisi tau");
        Matcher code = CODE.matcher(text(driver.press("r:send")));
        assertThat(code.find()).isTrue();
        Report report = queue.find(code.group()).orElseThrow();
        assertThat(report.facts().minors()).isTrue();
        assertThat(report.priority()).isEqualTo(Priority.URGENT);
        assertThat(report.facts().who()).isEqualTo("Om Yan, nomornya sa sonde tau");
        assertThat(report.facts().what()).doesNotContain("takut", "ketahuan");
    }

    @Test
    void fearTypedWithTheStoryKeepsTheStoryAndAnswersTheFear() {
        BotConversation driver = new BotConversation(BOT_API, 849_002);
        driver.say("/lapor");
        String reply =
                text(
                        driver.say(
                                "tiap malam sa antar anak2 muda ke tenau jam 2. sa takut dong tau"
                                        + " sa yang lapor"));
        assertThat(reply)
                .contains("Anda boleh melapor tanpa nama")
                .contains("yang lain kami catat")
                .contains("2/8");
        for (int step = 0; step < 8; step++) {
            driver.press("r:skip");
        }
        driver.press("r:done");
        String summary = text(driver.press("r:contact:no"));
        assertThat(summary).contains("antar anak2 muda ke tenau").doesNotContain("takut");
    }

    @Test
    void aTextUnderTheDangerQuestionIsNoAnswerToTheStepHeNeverSaw() {
        BotConversation driver = new BotConversation(BOT_API, 849_003);
        driver.say("/lapor");
        String interjected =
                text(
                        driver.say(
                                "ada calo kumpul anak muda di rumah di oesao, mau kirim ke"
                                        + " malaysia. sa takut"));
        assertThat(interjected)
                .as("a weak signal inside the report asks the danger question, not 'who?'")
                .contains("Apakah ada orang dalam bahaya")
                .doesNotContain("2/8");

        // "[4]" as a chat shows a button: not the answer to "who?", which he has not seen
        String typed = text(driver.say("[4]"));
        assertThat(typed).contains("tidak kami simpan").contains("2/8");

        driver.say("Om Yan 081234567890");
        driver.press("r:kec:2");
        for (int step = 0; step < 6; step++) {
            driver.press("r:skip");
        }
        driver.press("r:done");
        String summary = text(driver.press("r:contact:no"));
        assertThat(summary).contains("Kupang Barat", "Om Yan").doesNotContain("[4]", "Lainnya");
    }

    @Test
    void hisNewsUnderTheDangerQuestionIsKeptAsTheStoryAndTheStepShown() {
        BotConversation driver = new BotConversation(BOT_API, 849_004);
        driver.say("/lapor");
        assertThat(
                        text(
                                driver.say(
                                        "ada calo kumpul anak muda di rumah di oesao, mau kirim ke"
                                                + " malaysia. sa takut")))
                .contains("Apakah ada orang dalam bahaya");
        String kept = text(driver.say("dia janji gaji 5 juta di kebun sawit"));
        assertThat(kept).contains("Dicatat ✅", "2/8");
        driver.say("Om Yan");
        for (int step = 0; step < 7; step++) {
            driver.press("r:skip");
        }
        driver.press("r:done");
        String summary = text(driver.press("r:contact:no"));
        assertThat(summary).contains("gaji 5 juta");
    }

    @Test
    void theChildIsReadFromHisWordsNotFromCountsOrDurations() {
        assertThat(MinorsTold.in("ada yang masih kecil kayaknya 15an")).isTrue();
        assertThat(MinorsTold.in("salah satunya umur 16 tahun")).isTrue();
        assertThat(MinorsTold.in("two of them are minors")).isTrue();
        assertThat(MinorsTold.in("ada 15an orang yang dibawa")).isFalse();
        assertThat(MinorsTold.in("dia kerja 10 tahun di malaysia")).isFalse();
        assertThat(MinorsTold.in("antar anak2 muda ke tenau jam 2 malam")).isFalse();
        assertThat(ReporterFear.aboutBeingKnown("sa pung nama nanti polisi tau ko?")).isTrue();
        assertThat(ReporterFear.aboutBeingKnown("namanya Om Yan, dia tau sa pung rumah")).isFalse();
    }
}
