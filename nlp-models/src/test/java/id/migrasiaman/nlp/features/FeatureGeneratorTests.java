package id.migrasiaman.nlp.features;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.nlp.model.ModelParams;
import id.migrasiaman.nlp.model.Scorer;
import id.migrasiaman.nlp.training.LabelledMessage;
import id.migrasiaman.nlp.training.Training;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
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
    void tailWordsMarkTheEndOfALongMessageOnly() {
        TailWordsFeatureGenerator tail = new TailWordsFeatureGenerator(2);
        assertThat(tail.extractFeatures("saya dulu kerja di sabah mau lapor".split(" "), Map.of()))
                .containsExactly("tail=mau", "tail=lapor");
        assertThat(tail.extractFeatures("mau lapor calo".split(" "), Map.of())).isEmpty();
    }

    @Test
    void shapeFeaturesComeFromTheRawTextsPunctuationAndLength() {
        ShapeFeatureGenerator shape = new ShapeFeatureGenerator();
        assertThat(features(shape, "aman ko sodara?")).containsExactly("shape=question");
        assertThat(features(shape, "tolong kami dong!!")).containsExactly("shape=exclamation");
        assertThat(features(shape, "oke")).containsExactly("shape=short");
        assertThat(features(shape, "Saya kerja. Gaji tidak dibayar. Paspor ditahan."))
                .containsExactly("shape=sentences");
    }

    @Test
    void signalFeaturesTellDangerAndTime() {
        assertThat(features(new SignalFeatureGenerator(), "tolong sy dikunci skrg"))
                .containsExactly("danger=STRONG", "time=present", "danger=now");
        assertThat(features(new SignalFeatureGenerator(), "dulu sy pernah dipukul"))
                .containsExactly("danger=STRONG", "time=past");
        assertThat(features(new SignalFeatureGenerator(), "syarat paspor apa")).isEmpty();
    }

    @Test
    void entityFeaturesTellWhatTheMessageNames() {
        assertThat(
                        features(
                                new EntityFeatureGenerator(),
                                "umur sy 16 thn, kerja admin di Kamboja lewat Batam, bayar 5jt"))
                .containsExactly(
                        "ent=amount",
                        "ent=destination",
                        "ent=noplacement",
                        "ent=irregulartransit",
                        "ent=minor");
        assertThat(features(new EntityFeatureGenerator(), "halo kak")).isEmpty();
    }

    @Test
    void wordClassesAndTheirPairsWhateverTheOrder() {
        WordClassFeatureGenerator classes = new WordClassFeatureGenerator();
        assertThat(features(classes, "paspor ditahan agen"))
                .contains("wc=doc", "wc=hold", "wc2=doc+hold");
        assertThat(features(classes, "the agent keeps my passport"))
                .contains("wc=doc", "wc=hold", "wc2=doc+hold");
        assertThat(features(classes, "resep kue bolu")).isEmpty();
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
        // Noisy copies drop punctuation at random; four lines are too few for that.
        ModelParams params = ModelParams.load("intent").with("Augment", "0");
        Scorer model = new Scorer(Training.intent(corpus, params), params);
        assertThat(best(model, "kerja toko gaji besar?")).isEqualTo("offer_check");
        assertThat(best(model, "kerja toko gaji besar")).isEqualTo("experience_share");
    }

    private static String best(Scorer model, String text) {
        return model.outcome(Scorer.best(model.scores(model.context(Training.view(text, "id")))));
    }

    private static List<String> features(FeatureGenerator generator, String text) {
        MessageView view = Training.view(text, "id");
        return List.copyOf(generator.extractFeatures(view.tokens(), view.extra()));
    }
}
