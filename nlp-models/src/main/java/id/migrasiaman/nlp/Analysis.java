package id.migrasiaman.nlp;

import java.util.List;

/**
 * The understanding of one message.
 *
 * @param text the text analysed (the message, cut at {@link OpenNlpAnalyser#MAX_CHARS})
 * @param language {@code id}, {@code mkn} or {@code en}
 * @param intent the routed intent (after the emergency safety net)
 * @param confidence the model's probability for {@code intent}, 0..1
 * @param entities what the message names
 * @param aboutWorkAbroad whether the message is about working abroad (migration, recruitment,
 *     trafficking) at all: when it is not, the bot answers no question from its topics
 * @param relevance the relevance model's probability that it is, 0..1
 * @param flags the ids of the red flags of {@code content/red-flags.yml} the models and the
 *     entities recognise in it (an offer told in the message), in a stable order
 */
public record Analysis(
        String text,
        String language,
        Intent intent,
        double confidence,
        Entities entities,
        boolean aboutWorkAbroad,
        double relevance,
        List<String> flags) {

    public Analysis {
        flags = List.copyOf(flags);
    }

    /** An analysis that counts the message as about working abroad, with no flag. */
    public Analysis(
            String text, String language, Intent intent, double confidence, Entities entities) {
        this(text, language, intent, confidence, entities, true, 1.0, List.of());
    }
}
