package id.migrasiaman.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * The two models, trained the same way by the Trainer, the cross-validator and the tests: intent
 * over fully normalised tokens, language over tokens without lexicon mapping (the Kupang words are
 * what tells Kupang Malay from Indonesian).
 */
final class Models {

    static final String FOLDER = "/id/migrasiaman/nlp/models/";
    static final String INTENT_FILE = "intent.bin";
    static final String LANGUAGE_FILE = "language.bin";

    private Models() {}

    static String[] intentTokens(Normaliser normaliser, String text, String language) {
        return normaliser.tokens(text, language).toArray(String[]::new);
    }

    static String[] languageTokens(Normaliser normaliser, String text) {
        return normaliser.plainTokens(text).toArray(String[]::new);
    }

    static DoccatModel trainIntent(List<LabelledMessage> corpus, ModelParams params) {
        Normaliser n = new Normaliser();
        List<DocumentSample> samples =
                corpus.stream()
                        .map(
                                m ->
                                        new DocumentSample(
                                                m.label(),
                                                intentTokens(n, m.text(), m.language()),
                                                ShapeFeatureGenerator.shape(m.text())))
                        .toList();
        return train(samples, params);
    }

    static DoccatModel trainLanguage(List<LabelledMessage> corpus, ModelParams params) {
        Normaliser n = new Normaliser();
        List<DocumentSample> samples =
                corpus.stream()
                        .map(m -> new DocumentSample(m.language(), languageTokens(n, m.text())))
                        .toList();
        return train(samples, params);
    }

    /** Loads a model packaged by the build and gives it the feature generators of its params. */
    static DoccatModel load(String file, ModelParams params) {
        try (InputStream in = Models.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing model " + FOLDER + file + ": build nlp-models with the corpus");
            }
            DoccatModel model = new DoccatModel(in);
            model.getFactory().setFeatureGenerators(params.features());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DoccatModel train(List<DocumentSample> samples, ModelParams params) {
        try (ObjectStream<DocumentSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            DoccatModel model =
                    DocumentCategorizerME.train(
                            "mul", stream, params.training(), new DoccatFactory(params.features()));
            // OpenNLP would re-create the generators by class name, which it refuses for ours.
            model.getFactory().setFeatureGenerators(params.features());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
