package id.migrasiaman.nlp.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.migrasiaman.nlp.training.Evaluator.Prediction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTests {

    private final List<Prediction> predictions =
            List.of(
                    new Prediction("id", "emergency", "emergency"),
                    new Prediction("id", "emergency", "greeting"),
                    new Prediction("id", "greeting", "greeting"),
                    new Prediction("en", "greeting", "greeting"),
                    new Prediction("en", "offer_check", "emergency"));

    @Test
    void computesAccuracyPerLabelScoresAndMacroF1() {
        EvaluationReport r = Evaluator.evaluate(predictions);
        assertThat(r.n()).isEqualTo(5);
        assertThat(r.accuracy()).isCloseTo(0.6, within(1e-9));
        // emergency: P=1/2 R=1/2 F=0.5; greeting: P=2/3 R=1 F=0.8; offer_check: F=0
        assertThat(r.perLabel().get("emergency").f1()).isCloseTo(0.5, within(1e-9));
        assertThat(r.perLabel().get("greeting").f1()).isCloseTo(0.8, within(1e-9));
        assertThat(r.macroF1()).isCloseTo((0.5 + 0.8 + 0) / 3, within(1e-9));
        assertThat(r.recall("emergency")).isCloseTo(0.5, within(1e-9));
        assertThat(r.confusion().get("emergency")).isEqualTo(Map.of("emergency", 1, "greeting", 1));
    }

    @Test
    void breaksDownPerLanguage() {
        EvaluationReport r = Evaluator.evaluate(predictions);
        assertThat(r.byLanguage()).containsOnlyKeys("en", "id");
        assertThat(r.byLanguage().get("id").accuracy()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(r.byLanguage().get("en").n()).isEqualTo(2);
        assertThat(r.toText())
                .contains("macro-F1")
                .contains("confusion")
                .contains("mkn".isEmpty() ? "" : "en ");
    }
}
