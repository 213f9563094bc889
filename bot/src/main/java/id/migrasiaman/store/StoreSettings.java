package id.migrasiaman.store;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where data lives. With {@code uri} set (env {@code MONGODB_URI}) the bot connects to that
 * MongoDB; without it, it starts an embedded MongoDB-wire-protocol server on loopback.
 *
 * @param uri a {@code mongodb://} or {@code mongodb+srv://} connection string, or blank
 * @param database the database name
 * @param dataDir the folder of the embedded server's file (and other local state)
 * @param embeddedBackend {@code FILE} (H2 MVStore under dataDir) or {@code MEMORY} (tests)
 * @param embeddedPort the loopback port of the embedded server ({@code MIGRASI_EMBEDDED_PORT}); 0
 *     picks a free one. A fixed port lets a second local instance or a tool (mongosh) reach it
 * @param groupCommitWindow how long the embedded server's group commit waits for more writers
 *     before it commits and fsyncs (0: commit at once; callers arriving meanwhile share the next)
 * @param embeddedCacheMb the embedded file's page cache (H2's default, 16 MB): pages not in it are
 *     read back and deserialised whole to find one document
 * @param embeddedPageKb the size at which the embedded file's pages split (H2's default is 16 KB):
 *     a commit serialises every page a write touched, whole, so smaller pages mean fewer bytes
 *     written and deserialised per document changed or read
 */
@Validated
@ConfigurationProperties("migrasi.store")
public record StoreSettings(
        @Pattern(
                        regexp = "^$|^mongodb(\\+srv)?://.+",
                        message = "MONGODB_URI must start with mongodb:// or mongodb+srv://")
                String uri,
        @NotBlank String database,
        @NotNull Path dataDir,
        @NotNull EmbeddedBackend embeddedBackend,
        @Min(0) @Max(65535) int embeddedPort,
        @NotNull Duration groupCommitWindow,
        @DefaultValue("16") @Min(1) int embeddedCacheMb,
        @DefaultValue("16") @Min(1) int embeddedPageKb) {

    /** Whether to start the embedded server. */
    public boolean embedded() {
        return uri == null || uri.isBlank();
    }

    /** The embedded server's storage. */
    public enum EmbeddedBackend {
        FILE,
        MEMORY
    }

    @Override
    public String toString() {
        // The URI may carry a password: never print it.
        return "StoreSettings[embedded="
                + embedded()
                + ", database="
                + database
                + ", dataDir="
                + dataDir
                + ", embeddedPort="
                + embeddedPort
                + "]";
    }
}
