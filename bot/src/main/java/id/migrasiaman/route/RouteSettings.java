package id.migrasiaman.route;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The route guide's settings ({@code migrasi.route.*}); the content directory and its reload
 * interval are the topics' ({@code migrasi.content.*}).
 *
 * @param remindAfter how long without progress before a reminder ({@code remind-after}, 4 days)
 * @param reminderSweep how often due reminders are looked for
 * @param reminderBatch at most this many reminders a sweep
 */
@Validated
@ConfigurationProperties("migrasi.route")
record RouteSettings(
        @NotNull @DefaultValue("4d") Duration remindAfter,
        @NotNull @DefaultValue("PT15M") Duration reminderSweep,
        @Min(1) @Max(1000) @DefaultValue("20") int reminderBatch) {}
