package id.migrasiaman.conversation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the conversation memory ({@link ConversationMemory}).
 *
 * @param maximumSize how many facts, of all conversations together, are kept at most; the least
 *     used go first beyond it
 * @param longest the longest any fact is kept, whatever its kind asks for
 */
@Validated
@ConfigurationProperties("migrasi.memory")
public record MemorySettings(
        @DefaultValue("200000") @Positive long maximumSize,
        @DefaultValue("2h") @NotNull Duration longest) {

    /** The settings when nothing is configured. */
    public static final MemorySettings DEFAULTS = new MemorySettings(200_000, Duration.ofHours(2));

    public MemorySettings {
        if (maximumSize <= 0) {
            throw new IllegalArgumentException("maximum-size must be positive");
        }
        if (longest == null || longest.isNegative() || longest.isZero()) {
            throw new IllegalArgumentException("longest must be positive");
        }
    }
}
