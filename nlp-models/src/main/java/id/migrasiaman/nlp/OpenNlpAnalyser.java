package id.migrasiaman.nlp;

import id.migrasiaman.nlp.entities.EntityExtractor;
import id.migrasiaman.nlp.features.DangerSignals;
import id.migrasiaman.nlp.features.MessageView;
import id.migrasiaman.nlp.model.FlagModels;
import id.migrasiaman.nlp.model.ModelBank;
import id.migrasiaman.nlp.model.ModelSet;
import id.migrasiaman.nlp.model.OfferFlags;
import id.migrasiaman.nlp.model.Routing;
import id.migrasiaman.nlp.model.Scorer;
import id.migrasiaman.nlp.model.Scores;
import id.migrasiaman.nlp.text.Clauses;
import id.migrasiaman.nlp.text.PreparedText;
import id.migrasiaman.nlp.text.TextNormaliser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link TextAnalyser} over the models that the nlp-models build trains from the corpus: cuts
 * the message at {@link #MAX_CHARS}, detects the language, normalises, classifies the intent, tells
 * whether the message is about working abroad at all, applies the emergency safety net, extracts
 * entities and recognises red flags (only in a message about working abroad: an offer is; each flag
 * model scores the whole message and each of its {@link Clauses}, the highest counts). The features
 * of a message are computed once for all the models that share them, and those models are scored
 * together as one {@link ModelBank} (one look-up per feature). Thread-safe.
 */
public final class OpenNlpAnalyser implements TextAnalyser {

    /** Telegram's limit for one message; longer input is cut before any work. */
    public static final int MAX_CHARS = 4096;

    private final TextNormaliser normaliser = new TextNormaliser();
    private final EntityExtractor entities = new EntityExtractor();
    private final Scorer intent;
    private final Intent[] intentOf;
    private final Scorer language;
    private final ModelBank languageBank;
    private final Scorer relevance;
    private final int relevanceYes;
    private final ModelBank core;
    private final FlagModels flagModels;
    private final Routing routing;
    private final OfferFlags flags;
    private final double relevantFrom;

    private OpenNlpAnalyser(ModelSet models) {
        this.intent = new Scorer(models.intent(), models.intentParams());
        this.intentOf = new Intent[models.intent().getMaxentModel().getNumOutcomes()];
        for (int i = 0; i < intentOf.length; i++) {
            intentOf[i] = Intent.fromLabel(intent.outcome(i));
        }
        this.language = new Scorer(models.language(), models.languageParams());
        this.languageBank = ModelBank.of(List.of(models.language().getMaxentModel()));
        this.relevance = new Scorer(models.relevance(), models.relevanceParams());
        this.relevanceYes = relevance.index(Scorer.YES);
        // One bank when both models see the same features (computed once), else one each.
        this.core =
                intent.featureKey().equals(relevance.featureKey())
                        ? ModelBank.of(
                                List.of(
                                        models.intent().getMaxentModel(),
                                        models.relevance().getMaxentModel()))
                        : null;
        this.flagModels = new FlagModels(models.flags(), models.flagParams());
        this.routing = Routing.of(models.intentParams(), models.relevanceParams());
        this.flags = new OfferFlags(OfferFlags.thresholds(models.flagParams(), flagModels.ids()));
        this.relevantFrom = models.relevanceParams().number("Threshold", 0.5);
    }

    /** An analyser over models trained in memory (cross-validation, tests). */
    public static OpenNlpAnalyser of(ModelSet models) {
        return new OpenNlpAnalyser(models);
    }

    /** Loads the packaged models from the classpath (once per call: keep the instance). */
    public static OpenNlpAnalyser fromClasspath() {
        return new OpenNlpAnalyser(ModelSet.fromClasspath());
    }

    @Override
    public Analysis analyse(String text) {
        return decide(scores(text));
    }

    /** The intent, relevance and flags the thresholds of the params files make of {@code s}. */
    public Analysis decide(Scores s) {
        if (s.intents().isEmpty()) {
            return new Analysis(
                    s.text(),
                    s.language(),
                    Intent.OUT_OF_SCOPE,
                    0,
                    s.entities(),
                    false,
                    0,
                    List.of());
        }
        Intent predicted = s.best();
        Intent routed =
                routing.route(
                        predicted, s.probability(predicted), s.second(), s.signal(), s.relevance());
        return new Analysis(
                s.text(),
                s.language(),
                routed,
                s.probability(routed),
                s.entities(),
                s.relevance() >= relevantFrom,
                s.relevance(),
                flags.decide(s.flags(), s.facts()));
    }

    /** What every model says about {@code text}, before any threshold. */
    public Scores scores(String text) {
        String message = cut(text == null ? "" : text);
        PreparedText prepared = normaliser.prepare(message);
        String lang = language(normaliser.plainTokens(prepared));
        List<String> tokens = normaliser.tokens(prepared, lang);
        Entities found = entities.extract(prepared);
        if (tokens.isEmpty()) {
            return new Scores(
                    message,
                    lang,
                    Map.of(),
                    DangerSignals.Signal.NONE,
                    0,
                    Map.of(),
                    OfferFlags.Facts.NONE,
                    found);
        }
        MessageView view = MessageView.of(message, tokens, found, lang);
        double[][] scored = intentAndRelevance(view);
        Map<Intent, Double> intents = new EnumMap<>(Intent.class);
        for (int i = 0; i < scored[0].length; i++) {
            intents.put(intentOf[i], scored[0][i]);
        }
        double relevant = relevanceYes < 0 ? 0 : scored[1][relevanceYes];
        if (relevant < relevantFrom) {
            // Not about working abroad: no offer to read flags in, and no flag model to run.
            return new Scores(
                    message,
                    lang,
                    intents,
                    view.signal(),
                    relevant,
                    Map.of(),
                    OfferFlags.Facts.NONE,
                    found);
        }
        List<MessageView> views = new ArrayList<>(4);
        views.add(view);
        for (String clause : Clauses.of(message, lang)) {
            PreparedText part = normaliser.prepare(clause);
            List<String> partTokens = normaliser.tokens(part, lang);
            if (!partTokens.isEmpty()) {
                views.add(MessageView.of(clause, partTokens, entities.extract(part), lang));
            }
        }
        return new Scores(
                message,
                lang,
                intents,
                view.signal(),
                relevant,
                flagModels.score(views),
                OfferFlags.Facts.of(view),
                found);
    }

    /** The intent model's probabilities, then the relevance model's. */
    private double[][] intentAndRelevance(MessageView view) {
        String[] context = intent.context(view);
        if (core != null) {
            return core.eval(context);
        }
        return new double[][] {intent.scores(context), relevance.scores(relevance.context(view))};
    }

    /** The language of {@code text}: {@code id}, {@code mkn} or {@code en}. */
    public String language(String text) {
        return language(normaliser.plainTokens(cut(text == null ? "" : text)));
    }

    /** Indonesian when nothing tells: it is what most users write. */
    private String language(List<String> plainTokens) {
        if (plainTokens.isEmpty()) {
            return "id";
        }
        MessageView view = new MessageView(plainTokens.toArray(String[]::new), Map.of());
        return language.outcome(Scorer.best(languageBank.eval(language.context(view))[0]));
    }

    /** At most {@link #MAX_CHARS} characters, never splitting a surrogate pair. */
    static String cut(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
