package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.Normaliser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fifth round's rules ({@link Plights}): harm told as a situation, in the first or third person
 * and without a plea, is strong; the same words in everyday use are not; a bare everyday "help"
 * that names no one is no signal when the model is sure the message is everyday; an age in brackets
 * or hyphenated marks a child.
 */
class PlightsTests {

    private static final DangerCheck CHECK = new DangerCheck(new Normaliser());

    @ParameterizedTest
    @ValueSource(
            strings = {
                // care refused to someone sick or hurt
                "my uncle has had a fever for a week and his boss refuses to take him to a doctor",
                "ipar saya pingsan di pabrik, mandor tidak mau panggil ambulans",
                "beta pung bapa tangan patah, majikan son mau antar pi dokter",
                // trapped, starved, abandoned
                "my sister says she cannot escape, the madam watches the gate",
                "majikan sudah tiga hari tidak kasih dia makan",
                "we are 11 people in a container near the border and the water is finished",
                // hiding from a pursuer, a night intrusion
                "I'm hiding in a shop toilet, the recruiter is looking for me",
                "the employer's brother comes into her room every night",
                // a boat in danger
                "we are on a boat and don't know where we are going, the captain took our phones",
                "kapal kami bocor, air masuk terus, kami 15 orang",
                // detention, a guard at the door, a crossing
                "my husband is in the Tawau detention, they moved him yesterday",
                "we are in a rented house in Sihanoukville, there are guards at the door",
                "besok subuh sepupu saya mau diseberangkan ke Tawau tanpa dokumen",
                "tonight the smuggler is making my son walk through the jungle to Sarawak",
                // a child moved by a recruiter, with the age in brackets or hyphenated
                "keponakan saya (14) pergi dengan calo tadi pagi, sekarang tidak bisa dihubungi",
                "a 15-year-old girl from our street went off with a recruiter tonight"
            })
    void harmToldAsASituationIsStrong(String text) {
        assertThat(level(text, Intent.EMERGENCY, 0.5)).isEqualTo(DangerLevel.STRONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my father has a fever, which doctor in Kupang is open tonight?",
                "my grandmother is sick, no hospital near our village, only a puskesmas",
                "the kids are playing hide and seek behind the school",
                "my dog comes into my room every night",
                "our fishing boat has a small leak, where can I buy resin?",
                "my son got detention again for talking in class",
                "the security guard at the bank door checked my bag",
                "mama bilang beta son bole kaluar karna su malam",
                "siswa tidak boleh keluar kelas sebelum bel berbunyi",
                "I always lock my room when I go out",
                "besok kami seberang ke Semau naik kapal motor untuk pesta",
                "my 16-year-old wants to learn to drive"
            })
    void theSameWordsInEverydayUseAreNotStrong(String text) {
        assertThat(level(text, Intent.OUT_OF_SCOPE, 0.9)).isNotEqualTo(DangerLevel.STRONG);
    }

    @Test
    void aBareEverydayHelpIsNoSignalWhenTheModelIsSureItIsEveryday() {
        String text = "help, which bus goes to Oesapa?";
        assertThat(everyday(text, 0.9)).isEqualTo(DangerLevel.NONE);
        assertThat(everyday(text, 0.6)).isEqualTo(DangerLevel.WEAK);
        assertThat(everyday("help, my sister is not answering", 0.9)).isEqualTo(DangerLevel.WEAK);
        // a model that counts the message as about working abroad keeps the question
        assertThat(level(text, Intent.OUT_OF_SCOPE, 0.9)).isEqualTo(DangerLevel.WEAK);
    }

    /** The level when the model is this sure the message is everyday, not about work abroad. */
    private static DangerLevel everyday(String text, double confidence) {
        Analysis analysis =
                new Analysis(
                        text,
                        "en",
                        Intent.OUT_OF_SCOPE,
                        confidence,
                        Entities.NONE,
                        false,
                        0.1,
                        List.of());
        return CHECK.assess(text, analysis, DangerCheck.Setting.FREE).level();
    }

    @Test
    void anAgeInBracketsOrHyphenatedIsAChild() {
        assertThat(MinorAges.in("adik sy (16) ikut sponsor")).isTrue();
        assertThat(MinorAges.in("a 14-year-old boy")).isTrue();
        assertThat(MinorAges.in("my sister (25) works in Johor")).isFalse();
        assertThat(MinorAges.in("harga (15) ribu")).isFalse();
    }

    private static DangerLevel level(String text, Intent intent, double confidence) {
        String language =
                text.matches("(?i).*\\b(my|the|they|we|our|help|i'm|a)\\b.*") ? "en" : "id";
        Analysis analysis = new Analysis(text, language, intent, confidence, Entities.NONE);
        return CHECK.assess(text, analysis, DangerCheck.Setting.FREE).level();
    }
}
