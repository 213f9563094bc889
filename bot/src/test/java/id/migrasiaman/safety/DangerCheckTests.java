package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.Normaliser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tiers: only a concrete harm raises an alarm; calls for help, fear and the model's own guess
 * show the hotlines and ask; past stories, rule questions and masked phrases do not alarm. The
 * model's verdict is given by hand, so these tests pin the tiering logic, not the model.
 */
class DangerCheckTests {

    private static final DangerCheck CHECK = new DangerCheck(new Normaliser());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anak saya dikunci, paspornya diambil, tolong!",
                "paspor sy ditahan majikan, sy tdk bisa keluar",
                "bos tahan beta pung paspor, beta sonde bisa pulang",
                "they took my passport and won't let me leave",
                "suami saya ditangkap polisi Malaysia, sekarang di lokap",
                "kapal kami terbalik dekat Batam, banyak orang di air",
                "kami dipindahkan malam ini pakai truk, calo ikut",
                "Saya di Kuala Lumpur, majikan usir saya, tolong sekarang",
                "HP mau mati, beta dikunci. Tolong"
            })
    void concreteHarmNowIsStrong(String text) {
        assertThat(
                        CHECK.assess(
                                        text,
                                        analysis(text, Intent.EMERGENCY, 0.9),
                                        DangerCheck.Setting.FREE)
                                .level())
                .isEqualTo(DangerLevel.STRONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tolong",
                "tolongg",
                "tolong dong kak",
                "SOS",
                "darurat",
                "saya takut",
                "help my cat is stuck on the roof",
                "my dog ran away, help",
                "tolong, kucing saya hilang sejak kemarin",
                "hp saya terkunci lupa pola, tolong"
            })
    void callsForHelpAndFearAreWeakEvenWhenTheModelIsSure(String text) {
        assertThat(
                        CHECK.assess(
                                        text,
                                        analysis(text, Intent.EMERGENCY, 0.99),
                                        DangerCheck.Setting.FREE)
                                .level())
                .isEqualTo(DangerLevel.WEAK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "help me with my homework",
                "tolong kirim jawaban no 5",
                "tolong info syarat kerja ke Hongkong",
                "terima kasih atas bantuannya",
                "berapa nomor KBRI di Malaysia?"
            })
    void politeRequestsAreNoSignal(String text) {
        assertThat(
                        CHECK.assess(
                                        text,
                                        analysis(text, Intent.OUT_OF_SCOPE, 0.9),
                                        DangerCheck.Setting.FREE)
                                .level())
                .isEqualTo(DangerLevel.NONE);
    }

    @Test
    void harmToldAsThePastOrAsARuleQuestionDoesNotAlarm() {
        String past = "dulu saya pernah dipukul majikan di Malaysia, sekarang sudah pulang";
        String rule = "Apakah majikan boleh menahan paspor saya?";
        String hypothetical = "kalau paspor ditahan majikan, apa yang harus saya lakukan?";

        // told as over ("sudah pulang"), a past story asks nothing; told as the past only, it
        // still gets the hotlines and the question
        assertThat(level(past, Intent.EXPERIENCE_SHARE)).isEqualTo(DangerLevel.NONE);
        assertThat(level("dulu saya pernah dipukul majikan di Malaysia", Intent.EXPERIENCE_SHARE))
                .isEqualTo(DangerLevel.WEAK);
        assertThat(level(rule, Intent.PROCEDURE_QUESTION)).isEqualTo(DangerLevel.WEAK);
        assertThat(level(hypothetical, Intent.EMERGENCY)).isEqualTo(DangerLevel.WEAK);
    }

    @Test
    void aPleaNowOverridesThePast() {
        String text = "dulu saya pernah ditipu, sekarang saya dikunci majikan, tolong";
        assertThat(level(text, Intent.EMERGENCY)).isEqualTo(DangerLevel.STRONG);
    }

    @Test
    void aConfidentBrokerReportOfAHabitIsNotAnAlarm() {
        String text = "Perekrut itu tahan paspor 6 orang dari kampung kami.";
        assertThat(level(text, Intent.BROKER_REPORT)).isEqualTo(DangerLevel.WEAK);
        assertThat(level(text, Intent.EMERGENCY)).isEqualTo(DangerLevel.STRONG);
    }

    @Test
    void whileTellingAStoryHarmNeedsNowOrAPlea() {
        String story = "Majikan memukul saya dan paspor ditahan, akhirnya saya lari ke KBRI.";
        String now = "tolong, sekarang saya dikunci majikan di Johor";

        assertThat(
                        CHECK.assess(
                                        story,
                                        analysis(story, Intent.EXPERIENCE_SHARE, 0.5),
                                        DangerCheck.Setting.STORY)
                                .level())
                .isEqualTo(DangerLevel.WEAK);
        assertThat(
                        CHECK.assess(
                                        now,
                                        analysis(now, Intent.EMERGENCY, 0.5),
                                        DangerCheck.Setting.STORY)
                                .level())
                .isEqualTo(DangerLevel.STRONG);
    }

    @Test
    void aRecognisedPoliteRequestOutweighsTheModel() {
        String text = "help me with my homework";
        assertThat(level(text, Intent.EMERGENCY)).isEqualTo(DangerLevel.NONE);
    }

    @Test
    void theModelAloneNeverAlarms() {
        String text = "kami di mobil sekarang";
        assertThat(level(text, Intent.EMERGENCY)).isEqualTo(DangerLevel.WEAK);
        assertThat(level(text, Intent.GREETING)).isEqualTo(DangerLevel.NONE);
    }

    @Test
    void aSureModelIsConfidentOnlyWhenSomeoneOrAPlaceAbroadIsNamed() {
        String text = "kakak saya sekarang di rumah majikan";
        assertThat(level(text, Intent.EMERGENCY, 0.7)).isEqualTo(DangerLevel.WEAK);
        assertThat(level(text, Intent.EMERGENCY, 0.95)).isEqualTo(DangerLevel.STRONG);
        assertThat(level(text, Intent.EXPERIENCE_SHARE, 0.95)).isNotEqualTo(DangerLevel.STRONG);
        assertThat(level("tolong dong kak", Intent.EMERGENCY, 0.99)).isEqualTo(DangerLevel.WEAK);
    }

    @Test
    void aPersonTakenOrAChildMovedBySomeoneIsStrong() {
        assertThat(level("the guards took my sister to another building", Intent.OUT_OF_SCOPE))
                .isEqualTo(DangerLevel.STRONG);
        assertThat(level("anak saya umur 16 dibawa perekrut dari desa", Intent.OUT_OF_SCOPE))
                .isEqualTo(DangerLevel.STRONG);
        assertThat(level("anak saya umur 16 mau ikut kakaknya ke Kupang", Intent.OUT_OF_SCOPE))
                .isEqualTo(DangerLevel.NONE);
    }

    @Test
    void detentionSaidAsPrisonOrADepotIsStrongUnlessItIsAFilm() {
        assertThat(level("suami saya dipenjara di Tawau", Intent.EMERGENCY))
                .isEqualTo(DangerLevel.STRONG);
        assertThat(level("my husband is in lockup in Sabah", Intent.EMERGENCY))
                .isEqualTo(DangerLevel.STRONG);
        assertThat(level("saya nonton film tentang orang dikurung di kapal", Intent.OUT_OF_SCOPE))
                .isNotEqualTo(DangerLevel.STRONG);
    }

    @Test
    void childrenAreFlagged() {
        assertThat(minor("adik saya umur 15 dikunci agen")).isTrue();
        assertThat(minor("I'm 16, they brought me to Batam")).isTrue();
        assertThat(minor("anak di bawah umur dibawa calo")).isTrue();
        assertThat(minor("anak saya sudah 3 tahun di Malaysia")).isFalse();
        assertThat(minor("saya umur 25, dikunci majikan")).isFalse();
    }

    /**
     * Round 24, by cause from final20's misses, in our own words: a boat on fire; a harm said "just
     * now" beside a past word about someone else (the model read a broker report); a worker who
     * fled and is somewhere now, written "skarang". Their neighbours without the danger stay calm.
     */
    @Test
    void aBoatOnFireAHarmJustNowAndAFlightSaidSkarangAreStrong() {
        Map<String, Analysis> strong =
                Map.of(
                                "kapal suami saya terbakar di tengah laut, dia telpon lalu putus",
                                Intent.EMERGENCY,
                                "the boat my son works on caught fire near Fiji",
                                Intent.EMERGENCY,
                                "adik sy baru dipukul mandor, yg dulu bawa dia ke sabah",
                                Intent.BROKER_REPORT,
                                "beta kabur dari rumah majikan di kuching, skarang di terminal",
                                Intent.EMERGENCY)
                        .entrySet()
                        .stream()
                        .collect(
                                java.util.stream.Collectors.toMap(
                                        Map.Entry::getKey,
                                        e -> analysis(e.getKey(), e.getValue(), 0.87)));
        List<String> calm =
                List.of(
                        "rumah tetangga terbakar tadi malam, tolong doakan",
                        "tahun 2015 kapal kami terbakar, semua selamat",
                        "skarang beta su aman di rumah");
        strong.forEach(
                (text, read) ->
                        assertThat(CHECK.assess(text, read, DangerCheck.Setting.FREE).level())
                                .as(text)
                                .isEqualTo(DangerLevel.STRONG));
        for (String text : calm) {
            assertThat(level(text, Intent.EXPERIENCE_SHARE))
                    .as(text)
                    .isNotEqualTo(DangerLevel.STRONG);
        }
    }

    private static DangerLevel level(String text, Intent intent) {
        return level(text, intent, 0.9);
    }

    private static DangerLevel level(String text, Intent intent, double confidence) {
        return CHECK.assess(text, analysis(text, intent, confidence), DangerCheck.Setting.FREE)
                .level();
    }

    private static boolean minor(String text) {
        return CHECK.assess(text, analysis(text, Intent.EMERGENCY, 0.9), DangerCheck.Setting.FREE)
                .minor();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my phone is locked, I forgot the pattern, how do I unlock it",
                "a debt collector keeps threatening me on WhatsApp, where do I report it",
                "our landlord threatens to lock our room if the rent is late",
                "beta pung motor dong tahan di leasing, bisa ambil kembali ko?"
            })
    void harmWordsInAnEverydayTroubleOutsideWorkingAbroadAreWeak(String text) {
        assertThat(CHECK.assess(text, everyday(text), DangerCheck.Setting.FREE).level())
                .isEqualTo(DangerLevel.WEAK);
    }

    @Test
    void aChildOrAPersonAtAPlaceAbroadStaysStrongWhateverTheModelsSay() {
        for (String text :
                List.of(
                        "my daughter is 15 and they locked her in the house",
                        "my sister is locked in a house in Batam, the agent took her passport")) {
            assertThat(CHECK.assess(text, everyday(text), DangerCheck.Setting.FREE).level())
                    .as(text)
                    .isEqualTo(DangerLevel.STRONG);
        }
    }

    /** Both models sure the text is everyday and not about working abroad. */
    private static Analysis everyday(String text) {
        return new Analysis(
                text, "en", Intent.OUT_OF_SCOPE, 0.95, Entities.NONE, false, 0.1, List.of());
    }

    private static Analysis analysis(String text, Intent intent, double confidence) {
        String language = text.matches("(?i).*\\b(my|the|they|me|i'm|help)\\b.*") ? "en" : "id";
        return new Analysis(text, language, intent, confidence, Entities.NONE);
    }
}
