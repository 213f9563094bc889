package id.migrasiaman.nlp.features;

import id.migrasiaman.nlp.Entities;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the feature generators see of one message: its normalised tokens, and in the extra
 * information the facts found once for all models (punctuation shape, length, danger and time
 * words, entities). Training and classification build it the same way, so a model always sees the
 * features it was trained on.
 *
 * @param tokens the normalised tokens
 * @param extra the extra information handed to OpenNLP's feature generators
 */
public record MessageView(String[] tokens, Map<String, Object> extra) {

    static final String QUESTION = "question";
    static final String EXCLAMATION = "exclamation";
    static final String SENTENCES = "sentences";
    static final String SIGNAL = "signal";
    static final String ENTITIES = "entities";
    static final String LANGUAGE = "language";
    static final String RAW = "raw";

    /**
     * @param text the original message (its punctuation, which normalisation drops)
     * @param tokens its normalised tokens
     * @param entities what it names
     */
    public static MessageView of(String text, List<String> tokens, Entities entities) {
        return of(text, tokens, entities, null);
    }

    /**
     * @param text the original message (its punctuation, which normalisation drops)
     * @param tokens its normalised tokens
     * @param entities what it names
     * @param language its language ({@code id}, {@code mkn}, {@code en}), null when unknown
     */
    public static MessageView of(
            String text, List<String> tokens, Entities entities, String language) {
        Map<String, Object> extra = new HashMap<>(8);
        if (language != null) {
            extra.put(LANGUAGE, language);
        }
        extra.put(RAW, text);
        extra.put(QUESTION, text.indexOf('?') >= 0 || text.indexOf('\uFF1F') >= 0);
        extra.put(EXCLAMATION, text.contains("!!"));
        extra.put(SENTENCES, sentences(text));
        extra.put(SIGNAL, DangerSignals.shared().read(tokens));
        extra.put(ENTITIES, entities);
        return new MessageView(tokens.toArray(String[]::new), extra);
    }

    /** The danger and time words of the message. */
    public DangerSignals.Signal signal() {
        Object signal = extra.get(SIGNAL);
        return signal instanceof DangerSignals.Signal s ? s : DangerSignals.Signal.NONE;
    }

    /** What the message names. */
    public Entities entities() {
        Object entities = extra.get(ENTITIES);
        return entities instanceof Entities e ? e : Entities.NONE;
    }

    /** Runs of text ended by sentence punctuation or a line break; at least one. */
    private static int sentences(String text) {
        int count = 1;
        boolean inEnd = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '.' || c == '!' || c == '?' || c == '\n';
            if (end && !inEnd && i + 1 < text.length()) {
                count++;
            }
            inEnd = end;
        }
        return count;
    }
}
