package id.migrasiaman.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Privacy settings.
 *
 * @param pseudonymSecret the HMAC key that turns channel ids into pseudonyms (env {@code
 *     MIGRASI_PSEUDONYM_SECRET}); when blank, a random key is generated once and kept in the data
 *     folder
 */
@Validated
@ConfigurationProperties("migrasi.privacy")
public record PrivacySettings(String pseudonymSecret) {

    @Override
    public String toString() {
        return "PrivacySettings[pseudonymSecret="
                + (pseudonymSecret == null || pseudonymSecret.isBlank() ? "generated" : "set")
                + "]";
    }
}
