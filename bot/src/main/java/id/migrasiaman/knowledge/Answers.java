package id.migrasiaman.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The curated answers, ready for Telegram's HTML mode. Language codes are {@code id} and {@code
 * en}; anything else (Kupang Malay {@code mkn} included) gets Indonesian. Thread-safe.
 */
public interface Answers {

    /** The answer of a topic, or empty for an unknown topic id. */
    Optional<Answer> answer(String topicId, String language);

    /** Every topic id, sorted. */
    List<String> topicIds();

    /** The help numbers for {@code /darurat}, as one HTML message. */
    String hotlines(String language);

    /**
     * The help numbers for someone in {@code country} (an ISO-3166 code; null when unknown): that
     * country's own numbers first, then those that work from anywhere, and numbers that work only
     * in Indonesia never shown as if they worked abroad.
     */
    default String hotlines(String language, String country) {
        return hotlines(language);
    }
}
