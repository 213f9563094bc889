package id.migrasiaman.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;

class FeatureGeneratorTests {

    @Test
    void charNgramsMarkTokenEdges() {
        assertThat(
                        new CharNgramFeatureGenerator(2, 3)
                                .extractFeatures(new String[] {"pi"}, Map.of()))
                .containsExactly("ch=_p", "ch=pi", "ch=i_", "ch=_pi", "ch=pi_");
    }

    @Test
    void domainFeatureSaysWhetherTheMessageIsAboutMigration() {
        DomainFeatureGenerator domain = new DomainFeatureGenerator();
        assertThat(domain.extractFeatures(new String[] {"syarat", "paspor"}, Map.of()))
                .containsExactly("domain=yes");
        assertThat(domain.extractFeatures(new String[] {"kerja", "di", "sabah"}, Map.of()))
                .containsExactly("domain=yes");
        assertThat(domain.extractFeatures(new String[] {"resep", "kue"}, Map.of()))
                .containsExactly("domain=no");
    }

    @Test
    void shapeFeaturesComeFromTheRawTextsPunctuation() {
        ShapeFeatureGenerator shape = new ShapeFeatureGenerator();
        assertThat(shape.extractFeatures(new String[0], ShapeFeatureGenerator.shape("aman ko?")))
                .containsExactly("shape=question");
        assertThat(shape.extractFeatures(new String[0], ShapeFeatureGenerator.shape("tolong!!")))
                .containsExactly("shape=exclamation");
        assertThat(shape.extractFeatures(new String[0], ShapeFeatureGenerator.shape("oke")))
                .isEmpty();
    }

    /** The shape must reach training too, or the model never learns a weight for it. */
    @Test
    void theIntentModelLearnsFromTheQuestionMark() {
        List<LabelledMessage> corpus =
                List.of(
                        new LabelledMessage("id", "offer_check", "kerja pabrik gaji besar?"),
                        new LabelledMessage("id", "offer_check", "kerja kebun gaji besar?"),
                        new LabelledMessage("id", "experience_share", "kerja pabrik gaji besar"),
                        new LabelledMessage("id", "experience_share", "kerja kebun gaji besar"));
        DocumentCategorizerME model =
                new DocumentCategorizerME(Models.trainIntent(corpus, ModelParams.load("intent")));
        String[] tokens = {"kerja", "toko", "gaji", "besar"};
        String asked =
                model.getBestCategory(model.categorize(tokens, ShapeFeatureGenerator.shape("?")));
        String told =
                model.getBestCategory(model.categorize(tokens, ShapeFeatureGenerator.shape("")));
        assertThat(asked).isEqualTo("offer_check");
        assertThat(told).isEqualTo("experience_share");
    }
}
