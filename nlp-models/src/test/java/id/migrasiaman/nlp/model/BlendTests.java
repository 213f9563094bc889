package id.migrasiaman.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.Test;

class BlendTests {

    private static final ModelParams PARAMS =
            ModelParams.load("relevance")
                    .with("Iterations", "30")
                    .with("CharNgramMin", "0")
                    .with("WordBigrams", "false");

    private static final String[] ASKED = {"kantor", "disnaker", "kupang", "alamat"};

    @Test
    void aModelBlendedWithItselfScoresAsItself() {
        DoccatModel a = train(List.of("kantor disnaker", "paspor kerja"), List.of("jadwal kapal"));
        DoccatModel blend = Blend.of(a, a, PARAMS);

        assertThat(blend.getMaxentModel().eval(ASKED))
                .containsExactly(a.getMaxentModel().eval(ASKED), within(1e-9));
    }

    @Test
    void theBlendIsTheNormalisedGeometricMeanOfItsMembers() {
        DoccatModel a = train(List.of("kantor disnaker", "paspor kerja"), List.of("alamat kupang"));
        DoccatModel b = train(List.of("alamat disnaker kupang"), List.of("jadwal kapal kupang"));
        double[] pa = a.getMaxentModel().eval(ASKED);
        double[] pb = b.getMaxentModel().eval(ASKED);
        double[] expected = new double[pa.length];
        double sum = 0;
        for (int i = 0; i < pa.length; i++) {
            // b's outcomes may be in another order: look each one up by name.
            int j = b.getMaxentModel().getIndex(a.getMaxentModel().getOutcome(i));
            expected[i] = Math.sqrt(pa[i] * pb[j]);
            sum += expected[i];
        }
        for (int i = 0; i < expected.length; i++) {
            expected[i] /= sum;
        }

        assertThat(Blend.of(a, b, PARAMS).getMaxentModel().eval(ASKED))
                .containsExactly(expected, within(1e-9));
    }

    private static DoccatModel train(List<String> yes, List<String> no) {
        List<DocumentSample> samples = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            yes.forEach(t -> samples.add(new DocumentSample(Scorer.YES, t.split(" "))));
            no.forEach(t -> samples.add(new DocumentSample(Scorer.NO, t.split(" "))));
        }
        return Models.train(samples, PARAMS);
    }
}
