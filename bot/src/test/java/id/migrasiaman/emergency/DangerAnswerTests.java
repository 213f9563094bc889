package id.migrasiaman.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a typed line says to "Apakah ada orang dalam bahaya sekarang?". */
class DangerAnswerTests {

    @Test
    void aCalmNoInWordsIsANo() {
        assertThat(DangerAnswer.of("aku ga dalam bahaya kok, majikan baik"))
                .isEqualTo(DangerAnswer.Said.NO);
        assertThat(DangerAnswer.of("sonde kaka, beta aman sa")).isEqualTo(DangerAnswer.Said.NO);
        assertThat(DangerAnswer.of("no, I'm fine, just asking")).isEqualTo(DangerAnswer.Said.NO);
    }

    @Test
    void aYesInWordsIsAYes() {
        assertThat(DangerAnswer.of("iya tolong, sekarang")).isEqualTo(DangerAnswer.Said.YES);
    }

    @Test
    void askingWhetherSomethingIsSafeIsNoAnswer() {
        // Kupang Malay "aman ko?" asks "is it safe?": the person is not saying they are safe.
        assertThat(DangerAnswer.of("besok katong nyebrang pake speedboat, aman ko?"))
                .isEqualTo(DangerAnswer.Said.NEITHER);
        assertThat(DangerAnswer.of("the boat leaves tonight, we are fine right?"))
                .isEqualTo(DangerAnswer.Said.NEITHER);
    }
}
