package id.migrasiaman.nlp.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.OpenNlpAnalyser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the models that this build trained (on corpus/train) on the held-out corpus/test and fails
 * the build under the quality floor.
 */
class HeldOutEvaluationTests {

    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() {
        List<LabelledMessage> test = Corpus.readFolder(Path.of("corpus", "test"));
        assertThat(test).isNotEmpty();
        report = Evaluator.evaluate(Evaluator.predict(OpenNlpAnalyser.fromClasspath(), test));
        System.out.println(report.toText());
    }

    @Test
    void macroF1IsAtLeast085() {
        assertThat(report.macroF1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void emergenciesAreRecalled() {
        assertThat(report.recall("emergency")).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyLanguageIsServed() {
        report.byLanguage()
                .forEach(
                        (language, r) ->
                                assertThat(r.macroF1()).as(language).isGreaterThanOrEqualTo(0.80));
    }
}
