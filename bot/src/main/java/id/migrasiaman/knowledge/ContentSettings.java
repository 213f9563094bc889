package id.migrasiaman.knowledge;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the curated content lives and how often it is checked for edits.
 *
 * @param dir the content directory ({@code migrasi.content.dir}, default {@code ./content})
 * @param reloadInterval how often the directory is polled ({@code migrasi.content.reload-interval})
 */
@Validated
@ConfigurationProperties("migrasi.content")
record ContentSettings(
        @NotNull @DefaultValue("./content") Path dir,
        @NotNull @DurationMin(millis = 50) @DefaultValue("2s") Duration reloadInterval) {

    /**
     * The directory to read. A relative directory that does not exist is also looked for one level
     * up, because Maven runs a module's tests from the module directory ({@code bot/}).
     */
    Path resolvedDir() {
        Path parent = Path.of("..").resolve(dir);
        return !dir.isAbsolute() && !Files.isDirectory(dir) && Files.isDirectory(parent)
                ? parent.normalize()
                : dir;
    }
}
