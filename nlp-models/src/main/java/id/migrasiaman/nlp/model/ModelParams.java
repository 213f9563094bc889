package id.migrasiaman.nlp.model;

import id.migrasiaman.nlp.features.CharNgramFeatureGenerator;
import id.migrasiaman.nlp.features.DomainFeatureGenerator;
import id.migrasiaman.nlp.features.EdgeWordsFeatureGenerator;
import id.migrasiaman.nlp.features.EntityFeatureGenerator;
import id.migrasiaman.nlp.features.LanguageWordsFeatureGenerator;
import id.migrasiaman.nlp.features.LexiconFeatureGenerator;
import id.migrasiaman.nlp.features.NegationFeatureGenerator;
import id.migrasiaman.nlp.features.RawWordsFeatureGenerator;
import id.migrasiaman.nlp.features.ShapeFeatureGenerator;
import id.migrasiaman.nlp.features.SignalFeatureGenerator;
import id.migrasiaman.nlp.features.TailWordsFeatureGenerator;
import id.migrasiaman.nlp.features.WordClassFeatureGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * A params file ({@code params/NAME.params}): OpenNLP training settings, our feature settings and
 * the decision thresholds chosen by cross-validation. A system property {@code NAME.KEY} overrides
 * a key (also one the file does not have), which is how cross-validation tries other settings.
 */
public final class ModelParams {

    private static final List<String> FEATURE_KEYS =
            List.of(
                    "BagOfWords",
                    "WordBigrams",
                    "CharNgramMin",
                    "CharNgramMax",
                    "DomainFeature",
                    "ShapeFeatures",
                    "SignalFeatures",
                    "EntityFeatures",
                    "WordClassFeatures",
                    "WordClassLexicons",
                    "LexiconFeatures",
                    "TailWords",
                    "LanguageWords",
                    "RawWords",
                    "Negation",
                    "EdgeWords");

    private final String name;
    private final TrainingParameters parameters;

    private ModelParams(String name, TrainingParameters parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    /** Loads {@code params/NAME.params} from the classpath, with system-property overrides. */
    public static ModelParams load(String name) {
        String resource = "/id/migrasiaman/nlp/params/" + name + ".params";
        try (InputStream in = ModelParams.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            TrainingParameters p = new TrainingParameters(in);
            String prefix = name + ".";
            System.getProperties().stringPropertyNames().stream()
                    .filter(key -> key.startsWith(prefix))
                    .forEach(key -> p.put(key.substring(prefix.length()), System.getProperty(key)));
            return new ModelParams(name, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with {@code key} set to {@code value}, for experiments and tests. */
    public ModelParams with(String key, String value) {
        TrainingParameters copy = new TrainingParameters();
        parameters.getObjectSettings().forEach((k, v) -> copy.put(k, String.valueOf(v)));
        copy.put(key, value);
        return new ModelParams(name, copy);
    }

    /** The name of the params file, without extension. */
    public String name() {
        return name;
    }

    /** The OpenNLP training parameters. */
    public TrainingParameters training() {
        return parameters;
    }

    /** A number, 0 when the key is missing. */
    public double number(String key) {
        return number(key, 0);
    }

    /** A number, {@code fallback} when the key is missing. */
    public double number(String key, double fallback) {
        String value = parameters.getStringParameter(key, null);
        return value == null ? fallback : Double.parseDouble(value.strip());
    }

    /** An integer, {@code fallback} when the key is missing. */
    public int integer(String key, int fallback) {
        return parameters.getIntParameter(key, fallback);
    }

    /**
     * As the params file says: bag of words (unless {@code BagOfWords=false}), word bigrams,
     * character n-grams, the domain feature, shape features, danger and time words, entity
     * features, word classes, lexicon features.
     */
    public FeatureGenerator[] features() {
        List<FeatureGenerator> features = new ArrayList<>();
        if (parameters.getBooleanParameter("BagOfWords", true)) {
            features.add(new BagOfWordsFeatureGenerator());
        }
        if (flag("WordBigrams")) {
            features.add(bigrams());
        }
        int min = parameters.getIntParameter("CharNgramMin", 0);
        if (min > 0) {
            features.add(
                    new CharNgramFeatureGenerator(
                            min, parameters.getIntParameter("CharNgramMax", min)));
        }
        if (flag("DomainFeature")) {
            features.add(new DomainFeatureGenerator());
        }
        if (flag("ShapeFeatures")) {
            features.add(new ShapeFeatureGenerator());
        }
        if (flag("SignalFeatures")) {
            features.add(new SignalFeatureGenerator());
        }
        if (flag("EntityFeatures")) {
            features.add(new EntityFeatureGenerator());
        }
        if (flag("WordClassFeatures")) {
            features.add(new WordClassFeatureGenerator(wordClassLexicons()));
        }
        if (flag("LexiconFeatures")) {
            features.add(new LexiconFeatureGenerator());
        }
        int tail = parameters.getIntParameter("TailWords", 0);
        if (tail > 0) {
            features.add(new TailWordsFeatureGenerator(tail));
        }
        if (flag("LanguageWords")) {
            features.add(new LanguageWordsFeatureGenerator());
        }
        if (flag("RawWords")) {
            features.add(new RawWordsFeatureGenerator());
        }
        int negation = parameters.getIntParameter("Negation", 0);
        if (negation > 0) {
            features.add(new NegationFeatureGenerator(negation));
        }
        if (flag("EdgeWords")) {
            features.add(new EdgeWordsFeatureGenerator());
        }
        return features.toArray(FeatureGenerator[]::new);
    }

    /**
     * The feature settings as one string: two models with the same key see the same features, so
     * the analyser computes them once for both.
     */
    public String featureKey() {
        StringBuilder key = new StringBuilder();
        for (String k : FEATURE_KEYS) {
            key.append(k).append('=');
            key.append(parameters.getStringParameter(k, "").strip().toLowerCase(Locale.ROOT));
            key.append(';');
        }
        return key.toString();
    }

    /** {@code WordClassLexicons}: comma-separated lexicon files, word-classes.tsv by default. */
    private List<String> wordClassLexicons() {
        String value = parameters.getStringParameter("WordClassLexicons", "");
        if (value.isBlank()) {
            return List.of(WordClassFeatureGenerator.DEFAULT);
        }
        List<String> files = new ArrayList<>();
        for (String file : value.split(",")) {
            if (!file.isBlank()) {
                files.add(file.strip());
            }
        }
        return files;
    }

    private boolean flag(String key) {
        return parameters.getBooleanParameter(key, false);
    }

    private static FeatureGenerator bigrams() {
        try {
            return new NGramFeatureGenerator(2, 2);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
