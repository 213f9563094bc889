package id.migrasiaman.knowledge.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.Normaliser;
import org.junit.jupiter.api.Test;

/**
 * Retrieval reads a question in the language the analysis detected (round 24): English words are
 * not Kupang Malay ones ("son" is no "sonde", "do" no "dolo"), while Kupang Malay is still read
 * through its lexicon.
 */
class RetrievalLanguageTests {

    private static final Normaliser NORMALISER = new Normaliser();

    @Test
    void anEnglishQuestionKeepsItsOwnWords() {
        assertThat(
                        TopicClassifier.tokens(
                                NORMALISER, "What do I do if my son wants to work abroad?", "en"))
                .contains("do", "son", "work", "abroad")
                .doesNotContain("dulu", "tidak");
    }

    @Test
    void kupangMalayIsStillReadThroughItsLexicon() {
        assertThat(TopicClassifier.tokens(NORMALISER, "beta son tau musti urus apa do", "mkn"))
                .contains("tidak", "dulu");
        assertThat(TopicClassifier.tokens(NORMALISER, "sonde tau", "id")).contains("tidak");
    }
}
