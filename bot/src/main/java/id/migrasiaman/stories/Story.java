package id.migrasiaman.stories;

import java.time.Instant;

/**
 * A returned worker's story as the moderators and readers see it (never with the teller's original
 * words once moderated).
 *
 * @param id the story's id
 * @param language the teller's conversation language
 * @param country where they worked (ISO code, or {@code XX} for another country)
 * @param route how they left: {@code LEGAL}, {@code NONPROCEDURAL} or {@code UNKNOWN}
 * @param text the redacted story (edited by the moderator before publishing)
 * @param advice the redacted advice to those about to leave, or null
 * @param original the teller's own words, kept only until a moderator decides; null afterwards
 * @param status PENDING (waiting for a moderator), PUBLISHED, REJECTED, or PRIVATE (the teller did
 *     not agree to publication: staff may read it, nobody else)
 * @param createdAt when it was told
 */
public record Story(
        String id,
        String language,
        String country,
        String route,
        String text,
        String advice,
        String original,
        Status status,
        Instant createdAt) {

    /** Where a story is in moderation. */
    public enum Status {
        PENDING,
        PUBLISHED,
        REJECTED,
        PRIVATE
    }
}
