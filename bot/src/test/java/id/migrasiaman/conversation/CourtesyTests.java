package id.migrasiaman.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Courtesies before a question: the question is what is answered (trial 18, D5). */
class CourtesyTests {

    @Test
    void aQuestionAfterThanksABlessingAndAFormOfAddressIsFound() {
        assertThat(
                        Courtesy.questionAfter(
                                "makasih banyak kaka, Tuhan berkati. nanti laki pung kapal jalan"
                                        + " lai beta harus bikin apa?"))
                .contains("nanti laki pung kapal jalan lai beta harus bikin apa?");
        assertThat(Courtesy.questionAfter("selamat pagi bu, syarat kerja ke hong kong apa saja?"))
                .contains("syarat kerja ke hong kong apa saja?");
        assertThat(Courtesy.questionAfter("shalom om. paspor bikin di mana?"))
                .contains("paspor bikin di mana?");
    }

    @Test
    void thanksAloneOrATellingSentenceIsNoQuestion() {
        assertThat(Courtesy.questionAfter("makasih banyak kaka, Tuhan berkati")).isEmpty();
        assertThat(Courtesy.questionAfter("thanks for helping my sister when she was stuck in KL"))
                .isEmpty();
    }

    @Test
    void aKinWordThatOpensTheSentenceIsNotTakenForACourtesy() {
        assertThat(Courtesy.without("ibu saya di malaysia tidak digaji, bagaimana?"))
                .isEqualTo("ibu saya di malaysia tidak digaji, bagaimana?");
        assertThat(Courtesy.without("kak, gimana caranya?")).isEqualTo("gimana caranya?");
    }
}
