package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.Normaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fourth round's rules: harm told calmly (a refusal to let someone leave, an agent holding a
 * passport, a person kept at a place, a release for money, a group moved without being told where,
 * a boat adrift) is strong without any plea, and whatever the model says; "tolong" and "help" whose
 * object is everyday are no signal at all; a bare plea, fear and a missing person stay weak; the
 * past, a parent at home and a question about the rules do not alarm.
 */
class NowHarmTests {

    private static final DangerCheck CHECK = new DangerCheck(new Normaliser());

    @ParameterizedTest
    @ValueSource(
            strings = {
                // deny + exit with an employer or agent named
                "majikan tidak kasih kakak saya pulang ke kampung",
                "bos son kasi katong kaluar dari mes",
                "the captain won't let the crew go ashore in Mauritius",
                "the supervisor lets nobody leave the compound",
                // an agent holding a passport
                "the agency has my wife's passport and she works every day without a day off",
                "majikan simpan semua paspor kami",
                // a person kept at a place, a release for money
                "adik saya dijaga di rumah penampungan di Batam",
                "the recruiter wants 20 million before they release my son",
                // moved without being told where, a boat adrift
                "they put us on a truck at 3am, nobody tells us where we go",
                "mesin kapal mati, kami hanyut di laut dekat Tawau",
                "our boat is drifting, the engine is dead",
                // violence said of someone, a threat to the family, a Kupang arrest
                "the madam slaps my cousin when she is tired",
                "mereka bilang keluarga saya di kampung akan dicelakai",
                "dong tangkap beta pung kaka di Tawau"
            })
    void calmHarmNowIsStrongWhateverTheModelSays(String text) {
        assertThat(level(text, Intent.OUT_OF_SCOPE, 0.9)).isEqualTo(DangerLevel.STRONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tolong bantu kerjain pr bahasa inggris dong kak",
                "help me fix my phone pls",
                "tolong dong kak jawab no 5",
                "SOS besok ujian",
                "urgent!! need a cake recipe for tonight",
                "tolong terjemahkan surat ini",
                "makasih kak sudah bantu tadi",
                "tolong wkwk kucingku nakal",
                "help, my laptop keeps freezing",
                "tolong kasih tahu syarat bikin paspor",
                "my phone is stuck on the start screen, help"
            })
    void everydayObjectsOfTolongAreNoSignalEvenWhenTheModelSaysEmergency(String text) {
        assertThat(level(text, Intent.EMERGENCY, 0.99)).isEqualTo(DangerLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tolong!!!",
                "help",
                "saya takut sekali",
                "tolong, saya takut, besok ujian tapi majikan marah terus",
                "we are stuck at the border and scared"
            })
    void aBarePleaOrFearStaysWeak(String text) {
        assertThat(level(text, Intent.EMERGENCY, 0.99)).isEqualTo(DangerLevel.WEAK);
    }

    @Test
    void aMissingPersonWithAPleaIsStrongAndWithoutOneWeak() {
        assertThat(level("tolong, adik saya hilang kontak di Malaysia", Intent.EMERGENCY, 0.9))
                .isEqualTo(DangerLevel.STRONG);
        assertThat(level("adik saya tidak bisa dihubungi", Intent.EMERGENCY, 0.9))
                .isEqualTo(DangerLevel.WEAK);
    }

    @Test
    void thePastAParentAtHomeAndTheOwnPassportDoNotAlarm() {
        assertThat(
                        level(
                                "dulu majikan simpan paspor saya di Malaysia, sekarang sudah pulang",
                                Intent.EXPERIENCE_SHARE,
                                0.9))
                .isNotEqualTo(DangerLevel.STRONG);
        assertThat(level("mama tidak kasih saya keluar malam ini", Intent.OUT_OF_SCOPE, 0.9))
                .isNotEqualTo(DangerLevel.STRONG);
        assertThat(
                        level(
                                "I have my passport ready, the agent says the visa is done",
                                Intent.OFFER_CHECK,
                                0.7))
                .isNotEqualTo(DangerLevel.STRONG);
        assertThat(
                        level(
                                "setelah lepas kontrak gaji 5 juta, anak saya mau pulang",
                                Intent.PROCEDURE_QUESTION,
                                0.7))
                .isNotEqualTo(DangerLevel.STRONG);
    }

    @Test
    void aPersonAtAPlaceKeepsHarmFromBeingReadAsARuleQuestionUnlessItAsks() {
        String told = "kakak saya di Johor, paspornya dipegang agen";
        String asked = "kakak saya di Johor, paspornya dipegang agen, itu boleh?";
        assertThat(level(told, Intent.PROCEDURE_QUESTION, 0.8)).isEqualTo(DangerLevel.STRONG);
        assertThat(level(asked, Intent.PROCEDURE_QUESTION, 0.8)).isEqualTo(DangerLevel.WEAK);
    }

    @Test
    void harmOutweighsAnErrandWord() {
        assertThat(
                        level(
                                "tolong, agen ambil hp dan paspor, laptop juga, kami dikunci",
                                Intent.OUT_OF_SCOPE,
                                0.9))
                .isEqualTo(DangerLevel.STRONG);
    }

    /**
     * Trial 12 (D6): a recruiter demanding money back because the person will not leave home is a
     * debt demand to report, not a fee to get out of a place; a fee for going home stays strong.
     */
    @Test
    void moneyDemandedForNotGoingIsNoExitFee() {
        assertThat(
                        level(
                                "the recruiter keeps calling and says I must pay back 5 million if"
                                        + " I don't go",
                                Intent.BROKER_REPORT,
                                0.6))
                .isNotEqualTo(DangerLevel.STRONG);
        assertThat(
                        level(
                                "the company says he must pay 200 million to go home",
                                Intent.OUT_OF_SCOPE,
                                0.9))
                .isEqualTo(DangerLevel.STRONG);
    }

    private static DangerLevel level(String text, Intent intent, double confidence) {
        String language =
                text.matches("(?i).*\\b(my|the|they|we|our|help|need|pls)\\b.*") ? "en" : "id";
        Analysis analysis = new Analysis(text, language, intent, confidence, Entities.NONE);
        return CHECK.assess(text, analysis, DangerCheck.Setting.FREE).level();
    }
}
