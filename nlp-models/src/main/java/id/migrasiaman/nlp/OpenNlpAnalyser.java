package id.migrasiaman.nlp;

import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The {@link TextAnalyser} over the models that the nlp-models build trains from the corpus:
 * detects the language, normalises, classifies the intent, applies the emergency safety net and
 * extracts entities. Thread-safe: each thread gets its own categorizers.
 */
public final class OpenNlpAnalyser implements TextAnalyser {

    private final Normaliser normaliser = new Normaliser();
    private final EntityExtractor entities = new EntityExtractor();
    private final DangerSignals danger = new DangerSignals();
    private final SafetyNet safetyNet;
    private final ThreadLocal<DocumentCategorizerME> intents;
    private final ThreadLocal<DocumentCategorizerME> languages;

    OpenNlpAnalyser(DoccatModel intentModel, DoccatModel languageModel, ModelParams intent) {
        this.safetyNet =
                new SafetyNet(
                        intent.number("StrongSignalOverrideBelow"),
                        intent.number("WeakSignalOverrideBelow"));
        this.intents = ThreadLocal.withInitial(() -> new DocumentCategorizerME(intentModel));
        this.languages = ThreadLocal.withInitial(() -> new DocumentCategorizerME(languageModel));
    }

    /** Loads the packaged models from the classpath (once per call: keep the instance). */
    public static OpenNlpAnalyser fromClasspath() {
        ModelParams intent = ModelParams.load("intent");
        ModelParams language = ModelParams.load("language");
        return new OpenNlpAnalyser(
                Models.load(Models.INTENT_FILE, intent),
                Models.load(Models.LANGUAGE_FILE, language),
                intent);
    }

    @Override
    public Analysis analyse(String text) {
        String message = text == null ? "" : text;
        Normaliser.Prepared prepared = normaliser.prepare(message);
        String language = language(normaliser.plainTokens(prepared));
        List<String> tokens = normaliser.tokens(prepared, language);
        if (tokens.isEmpty()) {
            return new Analysis(message, language, Intent.OUT_OF_SCOPE, 0.0, Entities.NONE);
        }
        DocumentCategorizerME categorizer = intents.get();
        double[] scores =
                categorizer.categorize(
                        tokens.toArray(String[]::new), ShapeFeatureGenerator.shape(message));
        Intent predicted = Intent.fromLabel(categorizer.getBestCategory(scores));
        double confidence = scores[categorizer.getIndex(predicted.label())];
        Intent routed =
                safetyNet.route(predicted, confidence, danger.in(tokens), danger.isPast(tokens));
        double routedConfidence = scores[categorizer.getIndex(routed.label())];
        return new Analysis(message, language, routed, routedConfidence, entities.extract(message));
    }

    /** The language of {@code text}: {@code id}, {@code mkn} or {@code en}. */
    public String language(String text) {
        return language(normaliser.plainTokens(text));
    }

    /** Indonesian when nothing tells: it is what most users write. */
    private String language(List<String> plainTokens) {
        if (plainTokens.isEmpty()) {
            return "id";
        }
        DocumentCategorizerME categorizer = languages.get();
        return categorizer.getBestCategory(
                categorizer.categorize(plainTokens.toArray(String[]::new)));
    }
}
