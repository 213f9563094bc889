package id.migrasiaman.nlp.training;

/**
 * One corpus line.
 *
 * @param language the language, from the file name ({@code id}, {@code mkn}, {@code en}), or the
 *     file name without extension for other files
 * @param label the intent label
 * @param text the message
 */
public record LabelledMessage(String language, String label, String text) {}
