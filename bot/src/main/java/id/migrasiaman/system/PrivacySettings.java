package id.migrasiaman.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Privacy settings.
 *
 * @param pseudonymSecret the HMAC key that turns channel ids into pseudonyms (env {@code
 *     MIGRASI_PSEUDONYM_SECRET}); when blank, a random key is generated once and kept in a file
 * @param pseudonymKeyFile where the generated key is kept (env {@code MIGRASI_PSEUDONYM_KEY_FILE});
 *     blank means {@code pseudonym.key} in the data folder. Put it outside the data folder so a
 *     copy of the database alone cannot be re-identified.
 */
@Validated
@ConfigurationProperties("migrasi.privacy")
public record PrivacySettings(String pseudonymSecret, Path pseudonymKeyFile) {

    /** The key file: the configured one, or {@code pseudonym.key} in {@code dataDir}. */
    public Path keyFile(Path dataDir) {
        return pseudonymKeyFile == null || pseudonymKeyFile.toString().isBlank()
                ? dataDir.resolve("pseudonym.key")
                : pseudonymKeyFile;
    }

    @Override
    public String toString() {
        return "PrivacySettings[pseudonymSecret="
                + (pseudonymSecret == null || pseudonymSecret.isBlank() ? "generated" : "set")
                + ", pseudonymKeyFile="
                + pseudonymKeyFile
                + "]";
    }
}
