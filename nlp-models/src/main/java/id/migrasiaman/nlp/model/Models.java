package id.migrasiaman.nlp.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Trains, writes and loads the document-categorizer models the same way for the Trainer, the
 * cross-validators and the tests: the feature generators always come from the model's params.
 */
public final class Models {

    /** Where the build puts the models on the classpath. */
    public static final String FOLDER = "/id/migrasiaman/nlp/models/";

    public static final String INTENT_FILE = "intent.bin";
    public static final String LANGUAGE_FILE = "language.bin";
    public static final String RELEVANCE_FILE = "relevance.bin";

    /** The list of flag ids with a model, one a line. */
    public static final String FLAGS_FILE = "flags.txt";

    private Models() {}

    /** The file of the binary model of red flag {@code id}. */
    public static String flagFile(String id) {
        return "flag-" + id + ".bin";
    }

    /** Trains a model with the algorithm and features of {@code params}. */
    public static DoccatModel train(List<DocumentSample> samples, ModelParams params) {
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

    /** Loads a model packaged by the build and gives it the feature generators of its params. */
    public static DoccatModel load(String file, ModelParams params) {
        try (InputStream in = open(file)) {
            DoccatModel model = new DoccatModel(in);
            model.getFactory().setFeatureGenerators(params.features());
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A packaged model file; fails with a hint when the build did not train it. */
    static InputStream open(String file) {
        InputStream in = Models.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException(
                    "missing model " + FOLDER + file + ": build nlp-models with the corpus");
        }
        return in;
    }

    /** Writes {@code model} to {@code file}. */
    public static void write(DoccatModel model, Path file) {
        try (OutputStream os = Files.newOutputStream(file)) {
            model.serialize(os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
