package id.migrasiaman.stories;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the stories.
 *
 * @param privateRetentionDays how long a story told only for the task force keeps its words; then
 *     it is deleted (published stories keep only redacted text and stay)
 */
@Validated
@ConfigurationProperties("migrasi.stories")
public record StorySettings(@DefaultValue("365") @Min(1) int privateRetentionDays) {}
