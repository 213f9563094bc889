package id.migrasiaman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The packaged models, as the bot uses them. */
class OpenNlpAnalyserTests {

    private static final OpenNlpAnalyser ANALYSER = OpenNlpAnalyser.fromClasspath();

    @Test
    void understandsAKupangEmergencyWithEntities() {
        Analysis a =
                ANALYSER.analyse(
                        "Tolong kk, beta dikunci di rumah bos di Tawau, paspor dong tahan");
        assertThat(a.language()).isEqualTo("mkn");
        assertThat(a.intent()).isEqualTo(Intent.EMERGENCY);
        assertThat(a.confidence()).isBetween(0.0, 1.0);
        assertThat(a.entities().destinations()).containsExactly("MY");
        assertThat(a.entities().transits()).containsExactly("Tawau");
    }

    @Test
    void dangerIsNeverGreetingEvenWhenItLooksLikeOne() {
        assertThat(ANALYSER.analyse("selamat malam kak, tolong sy dipukul").intent())
                .isEqualTo(Intent.EMERGENCY);
    }

    @Test
    void thanksForTheHelpIsAGreetingAndACalmMessageFromABoatIsAnEmergency() {
        assertThat(ANALYSER.analyse("thank you so much for the help today kak").intent())
                .isEqualTo(Intent.GREETING);
        assertThat(
                        ANALYSER.analyse(
                                        "Good evening. We are eleven people held on a boat near"
                                                + " Tawau, the crew will not let us leave.")
                                .intent())
                .isEqualTo(Intent.EMERGENCY);
    }

    @Test
    void everydayQuestionsWithOurWordsAreNotAboutWorkingAbroad() {
        assertThat(
                        ANALYSER.analyse("anak sy mau daftar BPJS kesehatan di puskesmas")
                                .aboutWorkAbroad())
                .isFalse();
        assertThat(ANALYSER.analyse("syarat jadi PMI ke Hongkong apa saja?").aboutWorkAbroad())
                .isTrue();
    }

    @Test
    void readsRedFlagsFromTheModelsAndTheEntities() {
        assertThat(ANALYSER.analyse("umur beta baru 16, om bilang bisa pi karja di Sabah").flags())
                .contains("underage-or-forged");
        assertThat(
                        ANALYSER.analyse(
                                        "ada lowongan operator di Phnom Penh, gaji 18 juta, pakai"
                                                + " visa turis")
                                .flags())
                .contains("online-scam");
        assertThat(
                        ANALYSER.analyse(
                                        "kerja di kebun sawit dekat Tawau lewat P3MI berizin, visa"
                                                + " kerja sudah jadi")
                                .flags())
                .doesNotContain("irregular-route");
        assertThat(ANALYSER.analyse("halo kak, selamat pagi").flags()).isEmpty();
    }

    @Test
    void findsOneSignAmongOthersInALongOffer() {
        // Each flag model also scores each clause, so the other signs do not drown this one.
        assertThat(
                        ANALYSER.analyse(
                                        "Ada lowongan kerja restoran di Malaysia dari grup FB, gaji"
                                                + " 6 juta, berangkat minggu depan, bayar 3 juta"
                                                + " untuk tiket, ijazah dan akta asli dia yang"
                                                + " simpan biar tidak hilang")
                                .flags())
                .contains("documents-held");
    }

    @Test
    void cutsInputBeyondTelegramsLimitBeforeAnyWork() {
        String huge = "tolong kak ".repeat(50_000);
        long start = System.nanoTime();
        Analysis a = ANALYSER.analyse(huge);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(a.text()).hasSize(OpenNlpAnalyser.MAX_CHARS);
        assertThat(millis).isLessThan(1_000);
        assertThat(ANALYSER.analyse("a".repeat(4095) + "\uD83D\uDE00").text())
                .hasSize(4095)
                .doesNotContain("\uD83D");
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> messages =
                List.of(
                        "halo kak",
                        "syarat kerja ke Hong Kong apa saja?",
                        "ada calo di Oesao minta 10jt, wa 0812-3456-7890",
                        "my boss locked me in the house",
                        "Beta dapa tawaran karja di Sabah, aman ko?");
        List<Analysis> expected = messages.stream().map(ANALYSER::analyse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Analysis>>> runs =
                    IntStream.range(0, 8)
                            .mapToObj(
                                    i ->
                                            pool.submit(
                                                    () ->
                                                            messages.stream()
                                                                    .map(ANALYSER::analyse)
                                                                    .toList()))
                            .toList();
            for (Future<List<Analysis>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
