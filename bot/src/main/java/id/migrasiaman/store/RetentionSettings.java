package id.migrasiaman.store;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long conversation leftovers are kept ({@code migrasi.retention}).
 *
 * @param draftsAfter an unfinished flow (a report draft with a broker's name and phone, its
 *     evidence references) untouched this long is deleted; its files then become orphans that the
 *     evidence purge removes
 * @param offersAfter a checked job offer kept for "report this recruiter" is dropped after this
 * @param unansweredAfter questions the bot could not answer are deleted after this
 * @param redactUnanswered whether phone numbers and names are taken out of unanswered questions
 *     before they are stored
 */
@Validated
@ConfigurationProperties("migrasi.retention")
public record RetentionSettings(
        @DefaultValue("14d") @NotNull Duration draftsAfter,
        @DefaultValue("7d") @NotNull Duration offersAfter,
        @DefaultValue("90d") @NotNull Duration unansweredAfter,
        @DefaultValue("true") boolean redactUnanswered) {

    /** The defaults, for code that runs without Spring (tests). */
    public static RetentionSettings defaults() {
        return new RetentionSettings(
                Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(90), true);
    }
}
