package id.migrasiaman.nlp.training;

import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.entities.EntityExtractor;
import id.migrasiaman.nlp.features.MessageView;
import id.migrasiaman.nlp.model.Blend;
import id.migrasiaman.nlp.model.ModelParams;
import id.migrasiaman.nlp.model.ModelSet;
import id.migrasiaman.nlp.model.Models;
import id.migrasiaman.nlp.model.Scorer;
import id.migrasiaman.nlp.text.PreparedText;
import id.migrasiaman.nlp.text.TextNormaliser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;

/**
 * Trains every model the same way for the Trainer, the cross-validators and the tests: intent over
 * the normalised tokens of the corpus (and its noisy copies, {@code Augment} in the params), the
 * language over tokens without lexicon mapping, relevance as "not greeting or out of scope" over
 * the same corpus, and one binary model per red flag over the flag corpus (plus the greetings and
 * out-of-scope messages of the intent corpus, which show no flag).
 */
public final class Training {

    /** Seed of the noise; fixed, so two builds train identical models. */
    public static final long SEED = 42;

    private static final Set<String> OFF_TOPIC =
            Set.of(Intent.GREETING.label(), Intent.OUT_OF_SCOPE.label());

    private static final TextNormaliser NORMALISER = new TextNormaliser();
    private static final EntityExtractor ENTITIES = new EntityExtractor();

    private Training() {}

    /** Every model, from the intent corpus and the flag corpus. */
    public static ModelSet all(
            List<LabelledMessage> intents, List<FlaggedMessage> offers, ModelSet.Params p) {
        return all(intents, List.of(), offers, p);
    }

    /**
     * Every model; the relevance model also learns from {@code relevanceExtra} (the content's
     * questions, {@link ContentQuestions}) when {@code ContentQuestions=true} in its params ({@code
     * topics}: only the topics' phrasings).
     */
    public static ModelSet all(
            List<LabelledMessage> intents,
            List<LabelledMessage> relevanceExtra,
            List<FlaggedMessage> offers,
            ModelSet.Params p) {
        return new ModelSet(
                intent(intents, p.intent()),
                p.intent(),
                language(intents, p.language()),
                p.language(),
                relevance(intents, relevanceExtra, p.relevance()),
                p.relevance(),
                flags(offers, intents, p.flags()),
                p.flags());
    }

    /** The intent model. */
    public static DoccatModel intent(List<LabelledMessage> corpus, ModelParams params) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledMessage m : augmented(corpus, params)) {
            samples.add(sample(m.label(), m.text(), m.language()));
        }
        return Models.train(samples, params);
    }

    /** The language model: the file a message comes from is its language. */
    public static DoccatModel language(List<LabelledMessage> corpus, ModelParams params) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledMessage m : corpus) {
            samples.add(
                    new DocumentSample(
                            m.language(), NORMALISER.plainTokens(m.text()).toArray(String[]::new)));
        }
        return Models.train(samples, params);
    }

    /** The binary "is this about working abroad?" model: everything but greetings and chat. */
    public static DoccatModel relevance(List<LabelledMessage> corpus, ModelParams params) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledMessage m : augmented(corpus, params)) {
            String label = OFF_TOPIC.contains(m.label()) ? Scorer.NO : Scorer.YES;
            samples.add(sample(label, m.text(), m.language()));
        }
        return Models.train(samples, params);
    }

    /**
     * The relevance model as its params say: {@code ContentQuestions=false} the intent corpus only;
     * {@code true} (or {@code topics}) also {@code extra}; {@code blend} the log-linear mean of
     * both ({@link Blend}), which keeps what the content teaches about offices and documents in
     * Kupang without letting its topics pull near-misses (a power-cut hotline, a pilgrimage visa)
     * over the threshold.
     */
    public static DoccatModel relevance(
            List<LabelledMessage> intents, List<LabelledMessage> extra, ModelParams params) {
        String use = params.training().getStringParameter("ContentQuestions", "false");
        if (use.equals("blend") && !extra.isEmpty()) {
            ModelParams all = params.with("ContentQuestions", "true");
            return Blend.of(
                    relevance(intents, params),
                    relevance(relevanceCorpus(intents, extra, all), all),
                    params);
        }
        return relevance(relevanceCorpus(intents, extra, params), params);
    }

    /**
     * The relevance model's examples: the intent corpus, and {@code extra} when the params say
     * {@code ContentQuestions=true}.
     */
    public static List<LabelledMessage> relevanceCorpus(
            List<LabelledMessage> intents, List<LabelledMessage> extra, ModelParams params) {
        String use = params.training().getStringParameter("ContentQuestions", "false");
        if (extra.isEmpty() || use.equals("false") || use.equals("blend")) {
            return intents;
        }
        List<LabelledMessage> all = new ArrayList<>(intents.size() + extra.size());
        all.addAll(intents);
        for (LabelledMessage m : extra) {
            // "topics": only the topics' phrasings (yes), not the off-topic questions (no).
            if (use.equals("true") || !OFF_TOPIC.contains(m.label())) {
                all.add(m);
            }
        }
        return all;
    }

    /** One binary model per flag id of the flag corpus, in id order. */
    public static Map<String, DoccatModel> flags(
            List<FlaggedMessage> offers, List<LabelledMessage> intents, ModelParams params) {
        List<FlaggedMessage> corpus = new ArrayList<>(offers);
        for (LabelledMessage m : intents) {
            if (OFF_TOPIC.contains(m.label())) {
                corpus.add(new FlaggedMessage(m.language(), Set.of(), m.text()));
            }
        }
        List<FlaggedMessage> all =
                new Augmenter(SEED).augmentFlags(corpus, params.integer("Augment", 0));
        List<MessageView> views = new ArrayList<>(all.size());
        all.forEach(m -> views.add(view(m.text(), m.language())));
        Map<String, DoccatModel> models = new LinkedHashMap<>();
        for (String id : FlagCorpus.ids(offers)) {
            List<DocumentSample> samples = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                if (!all.get(i).labelledFor(id)) {
                    continue;
                }
                String label = all.get(i).flags().contains(id) ? Scorer.YES : Scorer.NO;
                MessageView v = views.get(i);
                samples.add(new DocumentSample(label, v.tokens(), v.extra()));
            }
            models.put(id, Models.train(samples, params));
        }
        return models;
    }

    /** What the models see of a message in a known language. */
    public static MessageView view(String text, String language) {
        PreparedText prepared = NORMALISER.prepare(text);
        List<String> tokens = NORMALISER.tokens(prepared, language);
        Entities entities = ENTITIES.extract(prepared);
        return MessageView.of(text, tokens, entities, language);
    }

    private static DocumentSample sample(String label, String text, String language) {
        MessageView v = view(text, language);
        return new DocumentSample(label, v.tokens(), v.extra());
    }

    private static List<LabelledMessage> augmented(
            List<LabelledMessage> corpus, ModelParams params) {
        return new Augmenter(SEED).augment(corpus, params.integer("Augment", 0));
    }
}
