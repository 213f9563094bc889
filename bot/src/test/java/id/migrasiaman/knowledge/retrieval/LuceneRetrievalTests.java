package id.migrasiaman.knowledge.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.knowledge.TopicFixtures;
import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.nlp.Normaliser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retrieval mechanics on three small topics; quality on the real content is in {@code
 * RetrievalQualityTests}.
 */
class LuceneRetrievalTests {

    private final LuceneRetrieval retrieval =
            LuceneRetrieval.of(
                    new ContentSet(TopicFixtures.three(), List.of(), List.of()), new Normaliser());

    private String best(String question) {
        return retrieval.ranked(question, null).get(0).topicId();
    }

    @Test
    void ranksTheTopicOfAParaphraseFirst() {
        assertThat(best("di mana saya bisa bikin paspor?")).isEqualTo("passport");
        assertThat(best("Agen minta uang 5 juta, boleh ga?")).isEqualTo("costs");
        assertThat(best("Apakah suami harus kasih izin?")).isEqualTo("family-consent");
        assertThat(best("how much is the fee?")).isEqualTo("costs");
        assertThat(best("Does my wife need a permission letter from the family?"))
                .isEqualTo("family-consent");
    }

    @Test
    void wordsTheContentNeverUsesLowerTheScore() {
        double focused = retrieval.ranked("paspor imigrasi", null).get(0).score();
        double diluted =
                retrieval.ranked("paspor imigrasi jagung bose sapi kambing", null).get(0).score();

        assertThat(diluted).isLessThan(focused / 2);
    }

    @Test
    void queriesAreNormalisedLikeTheIndex() {
        assertThat(retrieval.ranked("BIKIN   PASPOR di KANTOR IMIGRASI mana", null))
                .isEqualTo(retrieval.ranked("bikin paspor di kantor imigrasi mana", null));
    }

    @Test
    void abstainsWhenNothingMatches() {
        assertThat(retrieval.match("resep jagung bose enak")).isEmpty();
        assertThat(retrieval.match("apa itu?")).isEmpty();
        assertThat(retrieval.match("")).isEmpty();
        assertThat(retrieval.match(null)).isEmpty();
    }

    @Test
    void answersAboveTheThresholdAndAbstainsBelowIt() {
        String question = "bikin paspor di kantor imigrasi mana";
        double score = retrieval.ranked(question, null).get(0).score();

        assertThat(
                        retrieval
                                .withParams(RetrievalParams.DEFAULT.withThreshold(score))
                                .match(question))
                .map(TopicMatch::topicId)
                .contains("passport");
        assertThat(
                        retrieval
                                .withParams(RetrievalParams.DEFAULT.withThreshold(score + 0.01))
                                .match(question))
                .isEmpty();
    }

    @Test
    void leaveOneOutHidesTheQuestionItself() {
        String phrasing = "berapa lama paspor jadi";
        double withIt = retrieval.ranked(phrasing, null).get(0).score();
        double without = retrieval.ranked(phrasing, "passport/id/3").get(0).score();

        assertThat(without).isLessThan(withIt);
    }

    @Test
    void aVeryLongMessageIsCheap() {
        String rant = "tolong bantu saya sekarang juga kak ".repeat(500) + " paspor";
        retrieval.match(rant);
        long start = System.nanoTime();
        retrieval.match(rant);

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(200);
    }
}
