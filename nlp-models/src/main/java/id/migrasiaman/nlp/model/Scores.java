package id.migrasiaman.nlp.model;

import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.features.DangerSignals.Signal;
import java.util.Map;

/**
 * What the models say about one message before any threshold: the analyser decides from it, and the
 * cross-validators try thresholds on it without training again.
 *
 * @param text the text analysed
 * @param language the detected language
 * @param intents the intent model's probability of each intent
 * @param signal the danger and time words
 * @param relevance the probability that the message is about working abroad
 * @param flags each flag model's probability
 * @param facts what the entities and word lists make certain for the flags
 * @param entities what the message names
 */
public record Scores(
        String text,
        String language,
        Map<Intent, Double> intents,
        Signal signal,
        double relevance,
        Map<String, Double> flags,
        OfferFlags.Facts facts,
        Entities entities) {

    /** The intent with the highest probability. */
    public Intent best() {
        Intent best = Intent.OUT_OF_SCOPE;
        double top = -1;
        for (Map.Entry<Intent, Double> e : intents.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The intent with the second highest probability, or null when the model knows fewer. */
    public Intent second() {
        Intent best = best();
        Intent second = null;
        double top = -1;
        for (Map.Entry<Intent, Double> e : intents.entrySet()) {
            if (e.getKey() != best && e.getValue() > top) {
                top = e.getValue();
                second = e.getKey();
            }
        }
        return second;
    }

    /** The probability of {@code intent}, 0 when the model does not know it. */
    public double probability(Intent intent) {
        return intents.getOrDefault(intent, 0.0);
    }
}
