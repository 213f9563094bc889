package id.migrasiaman.nlp;

/**
 * The understanding of one message.
 *
 * @param text the original text
 * @param language {@code id}, {@code mkn} or {@code en}
 * @param intent the routed intent (after the emergency safety net)
 * @param confidence the model's probability for {@code intent}, 0..1
 * @param entities what the message names
 */
public record Analysis(
        String text, String language, Intent intent, double confidence, Entities entities) {}
