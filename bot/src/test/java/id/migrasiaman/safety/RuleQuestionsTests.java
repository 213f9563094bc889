package id.migrasiaman.safety;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.Normaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Questions about what the rules allow are no alarm, however sure the model is that they are an
 * emergency; the same harm said to be happening now, with a plea or a fear, still is. Written here
 * in our own words for the kind of question that raised URGENT reports on the dev sets (round 14).
 */
class RuleQuestionsTests {

    private static final DangerCheck CHECK = new DangerCheck(new Normaliser());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "boleh ga agen simpan paspor calon pekerja?",
                "majikan boleh pegang hp pembantu ko?",
                "is it allowed for an employer to hold a maid's passport?",
                "can the recruiter keep my KTP until I pay him back?",
                "kenapa banyak orang NTT terjebak kerja online di kamboja?",
                "why do so many workers end up trapped on fishing boats?"
            })
    void aQuestionAboutTheRulesIsNoAlarm(String text) {
        DangerAssessment found =
                CHECK.assess(text, analysis(text, Intent.EMERGENCY, 0.9), DangerCheck.Setting.FREE);
        assertThat(found.level()).isNotEqualTo(DangerLevel.STRONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tolong, boleh ko majikan kunci beta di kamar? beta takut",
                "is it allowed? they locked me in the room now, please help",
                "paspor saya ditahan agen sekarang, tidak boleh keluar. tolong!",
                "saya tidak boleh keluar rumah sama majikan, hp diambil, gimana?",
                "I am not allowed to leave the house and my passport is taken, what can I do?"
            })
    void harmSaidNowWithAPleaOrFearStaysAnAlarm(String text) {
        DangerAssessment found =
                CHECK.assess(text, analysis(text, Intent.EMERGENCY, 0.9), DangerCheck.Setting.FREE);
        assertThat(found.level()).isEqualTo(DangerLevel.STRONG);
    }

    private static Analysis analysis(String text, Intent intent, double confidence) {
        String language = text.matches("(?i).*\\b(my|the|they|me|is|why|can)\\b.*") ? "en" : "id";
        return new Analysis(text, language, intent, confidence, Entities.NONE);
    }
}
