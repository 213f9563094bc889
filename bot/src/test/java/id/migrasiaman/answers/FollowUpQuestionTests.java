package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.answers.FollowUpQuestion.Aspect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpQuestionTests {

    @ParameterizedTest
    @CsvSource({
        "itu legal ko?, LEGALITY",
        "berapa biayanya?, COST",
        "biayanya berapa kak, COST",
        "apakah itu resmi?, LEGALITY",
        "aman ga?, LEGALITY",
        "berapa lama?, TIME",
        "syaratnya apa?, DOCUMENTS",
        "terus bagaimana itu?, HOW",
        "is it safe?, LEGALITY",
        "how much does it cost?, COST",
        "kantornya di mana?, PLACE"
    })
    void readsAShortQuestionThatPointsBack(String text, Aspect aspect) {
        assertThat(FollowUpQuestion.of(text)).hasValue(new FollowUpQuestion(aspect));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Syarat jadi PMI ke Hongkong apa saja?",
                "berapa biaya paspor?",
                "terima kasih",
                "halo",
                "Saya dapat tawaran kerja di Malaysia gaji besar tapi harus bayar dulu ke agen itu"
            })
    void leavesQuestionsOfTheirOwnAlone(String text) {
        assertThat(FollowUpQuestion.of(text)).isEmpty();
    }
}
