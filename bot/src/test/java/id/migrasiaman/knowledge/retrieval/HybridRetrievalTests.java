package id.migrasiaman.knowledge.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.migrasiaman.knowledge.TopicMatch;
import id.migrasiaman.knowledge.content.ContentSet;
import id.migrasiaman.knowledge.evaluation.CrossValidation;
import id.migrasiaman.knowledge.evaluation.FusionCalibration;
import id.migrasiaman.knowledge.evaluation.RetrievalCalibration;
import id.migrasiaman.knowledge.lint.ContentLintTests;
import id.migrasiaman.knowledge.lint.ContentValidator;
import id.migrasiaman.nlp.Normaliser;
import id.migrasiaman.nlp.OpenNlpAnalyser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bot's retrieval (Lucene fused with the topic classifier) on the repository's content. The
 * quality floor is cross-validated on the content's own phrasings, its off-topic examples and the
 * NLP corpus's off-topic lines; the held-out files in content/eval/ are deliberately not used.
 */
class HybridRetrievalTests {

    private static final Normaliser NORMALISER = new Normaliser();
    private static ContentSet content;
    private static HybridRetrieval retrieval;

    @BeforeAll
    static void load() {
        content = new ContentValidator(NORMALISER).check(ContentLintTests.CONTENT).content();
        retrieval = HybridRetrieval.of(content, NORMALISER);
    }

    @Test
    void crossValidatedQualityStaysNearTheCalibration() {
        List<String> offTopic =
                RetrievalCalibration.offTopicLines(Path.of("../nlp-models/corpus/train"));
        CrossValidation.Folded folded = CrossValidation.fold(content, NORMALISER, 5);
        List<CrossValidation.Observation> negatives = new ArrayList<>(folded.offTopic());
        negatives.addAll(CrossValidation.negatives(retrieval, offTopic));
        FusionCalibration calibration = new FusionCalibration(folded.positives(), negatives);
        RetrievalCalibration.Point point =
                calibration.at(FusionParams.DEFAULT).at(FusionParams.DEFAULT.threshold());
        RetrievalCalibration.Point withoutOffTopicClass =
                calibration
                        .at(new FusionParams(FusionParams.DEFAULT.classifierWeight(), 0, 0))
                        .best();
        RetrievalCalibration.Point nearMisses =
                new FusionCalibration(folded.positives(), folded.offTopic())
                        .at(FusionParams.DEFAULT)
                        .at(FusionParams.DEFAULT.threshold());

        System.out.printf(
                "cross-validated: answered right %.3f, negatives abstained %.3f, near-misses"
                        + " abstained %.3f%n",
                point.answeredRight(), point.abstainedOffTopic(), nearMisses.abstainedOffTopic());
        assertThat(folded.offTopic()).hasSizeGreaterThan(200);
        // Measured 2026-11-28 (5 folds): 71.4% answered right, 94.8% of all negatives and 92.3% of
        // the off-topic examples abstained; margin 3 points. On 2026-12-05 the corpus gained
        // everyday near-misses written to be hard (pilgrimage passports, SKCK for a local job, a
        // BPJS Kesehatan card): 90.5% of the negatives abstained on the grown set.
        // Round 15: the folds are stable (CrossValidation deals each topic's phrasings from a
        // group fixed by its id), so a content change no longer reshuffles every fold. The same
        // content (main 65df954) under the new dealing: 74.7% answered right, 91.3% of the
        // negatives and 88.2% of the near-misses (194 of 220) abstained; under the old running
        // counter the near-misses were just above 89% — the two or three questions that answers14
        // showed move with the fold assignment alone. The near-miss bound follows the new dealing.
        assertThat(point.answeredRight()).isGreaterThan(0.68);
        assertThat(point.abstainedOffTopic()).isGreaterThan(0.89);
        assertThat(nearMisses.abstainedOffTopic()).isGreaterThan(0.875);
        assertThat(point.balanced()).isGreaterThan(withoutOffTopicClass.balanced());
    }

    @Test
    void answersParaphrasesAndAbstainsOffTopic() {
        assertThat(retrieval.topicFor("gmn caranya bikin paspor buat kerja di luar?"))
                .contains("passport");
        assertThat(retrieval.topicFor("How do I know if an agency is licensed?"))
                .contains("licensed-agency");
        assertThat(retrieval.match("resep jagung bose yang enak")).isEmpty();
        assertThat(retrieval.match("jadwal kapal ferry ke Rote besok")).isEmpty();
        assertThat(retrieval.match("")).isEmpty();
        assertThat(retrieval.match(null)).isEmpty();
    }

    @Test
    void fusionWeighsBothScores() {
        HybridRetrieval.Scores scores =
                new HybridRetrieval.Scores(
                        Map.of("passport", 0.5, "costs", 0.2),
                        Map.of("costs", 0.9, "passport", 0.1));

        assertThat(HybridRetrieval.fuse(scores, new FusionParams(0, 0, 0)).get(0).topicId())
                .isEqualTo("passport");
        assertThat(HybridRetrieval.fuse(scores, new FusionParams(1, 0, 0)).get(0).topicId())
                .isEqualTo("costs");
        assertThat(HybridRetrieval.fuse(scores, new FusionParams(0.5, 0, 0)).get(0).score())
                .isCloseTo(0.55, within(1e-9));
    }

    @Test
    void abstainsOnQuestionsThatOnlyBorrowTheTopicsWords() {
        // Not in content/off-topic.yml nor in the held-out files.
        assertThat(retrieval.match("syarat bikin SIM C di Polres Kupang apa saja?")).isEmpty();
        assertThat(retrieval.match("cara perpanjang STNK motor yang sudah mati")).isEmpty();
        assertThat(retrieval.topicFor("syarat umur berapa boleh kerja ke Malaysia resmi?"))
                .contains("requirements");
    }

    @Test
    void suggestsNearTopicsButNothingForNonsense() {
        assertThat(retrieval.suggestions("gmn caranya bikin paspor buat kerja di luar?", 3))
                .hasSizeBetween(1, 3)
                .first()
                .extracting(TopicMatch::topicId)
                .isEqualTo("passport");
        assertThat(retrieval.suggestions("qwertyuiop zxcvb plokij", 3)).isEmpty();
    }

    @Test
    void offTopicExamplesAreAClassOfTheirOwn() {
        Map<String, Double> p =
                TopicClassifier.train(content.topics(), content.offTopic(), NORMALISER)
                        .probabilities("brp harga tiket kapal ke Rote besok");

        assertThat(p).hasSize(content.topics().size() + 1);
        assertThat(p.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo(TopicClassifier.OFF_TOPIC);
    }

    @Test
    void classifierProbabilitiesCoverEveryTopic() {
        Map<String, Double> p =
                TopicClassifier.train(content.topics(), NORMALISER)
                        .probabilities("brp biaya bikin paspor");

        assertThat(p).hasSize(content.topics().size());
        assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-6));
    }

    @Test
    void intentGateKeepsGreetingsAwayFromRetrieval() {
        IntentGate gate =
                new IntentGate(OpenNlpAnalyser.fromClasspath(), text -> retrieval.match(text), 0);

        assertThat(gate.match("selamat pagi kakak, apa kabar?")).isEmpty();
        assertThat(gate.topicFor("Bagaimana cara membuat paspor untuk kerja ke luar negeri?"))
                .contains("passport");
    }
}
