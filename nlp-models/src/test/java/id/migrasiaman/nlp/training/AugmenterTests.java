package id.migrasiaman.nlp.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AugmenterTests {

    private static final String TEXT = "Saya mau tanya syarat kerja yang resmi ke Malaysia, tolong";

    @Test
    void theSameSeedGivesTheSameNoise() {
        assertThat(new Augmenter(7).variants(TEXT, "id", 3))
                .isEqualTo(new Augmenter(7).variants(TEXT, "id", 3));
        assertThat(new Augmenter(7).variants(TEXT, "id", 3))
                .isNotEqualTo(new Augmenter(8).variants(TEXT, "id", 3));
    }

    @Test
    void copiesAreNoisyVersionsKeepingTheLabel() {
        List<LabelledMessage> augmented =
                new Augmenter(42)
                        .augment(List.of(new LabelledMessage("id", "procedure_question", TEXT)), 2);
        assertThat(augmented).hasSizeBetween(2, 3);
        assertThat(augmented.get(0).text()).isEqualTo(TEXT);
        assertThat(augmented.subList(1, augmented.size()))
                .allSatisfy(
                        m -> {
                            assertThat(m.label()).isEqualTo("procedure_question");
                            assertThat(m.text()).isNotEqualTo(TEXT);
                        });
    }

    @Test
    void noCopiesWithoutAugmentation() {
        assertThat(
                        new Augmenter(42)
                                .augment(List.of(new LabelledMessage("en", "greeting", "hi")), 0))
                .hasSize(1);
    }
}
