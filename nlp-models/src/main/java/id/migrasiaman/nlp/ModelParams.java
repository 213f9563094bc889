package id.migrasiaman.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * A params file ({@code params/intent.params}, {@code params/language.params}): OpenNLP training
 * settings plus our feature settings. A system property {@code intent.KEY} or {@code language.KEY}
 * overrides a key, which is how cross-validation tries other settings.
 */
final class ModelParams {

    private final TrainingParameters parameters;

    private ModelParams(TrainingParameters parameters) {
        this.parameters = parameters;
    }

    /** Loads {@code params/NAME.params} from the classpath, with system-property overrides. */
    static ModelParams load(String name) {
        String resource = "/id/migrasiaman/nlp/params/" + name + ".params";
        try (InputStream in = ModelParams.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            TrainingParameters p = new TrainingParameters(in);
            for (String key : List.copyOf(p.getObjectSettings().keySet())) {
                String override = System.getProperty(name + "." + key);
                if (override != null) {
                    p.put(key, override);
                }
            }
            return new ModelParams(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TrainingParameters training() {
        return parameters;
    }

    double number(String key) {
        return Double.parseDouble(parameters.getStringParameter(key, "0"));
    }

    /**
     * Bag of words, then as the params file says: word bigrams, character n-grams, the domain
     * feature, punctuation-shape features, lexicon features.
     */
    FeatureGenerator[] features() {
        List<FeatureGenerator> features = new ArrayList<>();
        features.add(new BagOfWordsFeatureGenerator());
        if (parameters.getBooleanParameter("WordBigrams", false)) {
            features.add(bigrams());
        }
        int min = parameters.getIntParameter("CharNgramMin", 0);
        if (min > 0) {
            features.add(
                    new CharNgramFeatureGenerator(
                            min, parameters.getIntParameter("CharNgramMax", min)));
        }
        if (parameters.getBooleanParameter("DomainFeature", false)) {
            features.add(new DomainFeatureGenerator());
        }
        if (parameters.getBooleanParameter("ShapeFeatures", false)) {
            features.add(new ShapeFeatureGenerator());
        }
        if (parameters.getBooleanParameter("LexiconFeatures", false)) {
            features.add(new LexiconFeatureGenerator());
        }
        return features.toArray(FeatureGenerator[]::new);
    }

    private static FeatureGenerator bigrams() {
        try {
            return new NGramFeatureGenerator(2, 2);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
