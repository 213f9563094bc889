package id.migrasiaman.system;

import id.migrasiaman.store.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pseudonym key: from the environment, or generated once into the data folder. */
@Configuration(proxyBeanMethods = false)
class PseudonymConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PseudonymConfiguration.class);

    @Bean
    Pseudonyms pseudonyms(PrivacySettings privacy, StoreSettings store) {
        if (privacy.pseudonymSecret() != null && !privacy.pseudonymSecret().isBlank()) {
            return new Pseudonyms(privacy.pseudonymSecret().getBytes(StandardCharsets.UTF_8));
        }
        return new Pseudonyms(generatedSecret(store.dataDir().resolve("pseudonym.key")));
    }

    /** Seals what must wait in MongoDB with a Telegram id in it (inbox, outbound queue). */
    @Bean
    Sealer sealer(Pseudonyms pseudonyms) {
        return new Sealer(pseudonyms.derive("sealer-v1"));
    }

    private static byte[] generatedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return HexFormat.of().parseHex(Files.readString(file).strip());
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, HexFormat.of().formatHex(secret));
            log.warn(
                    "MIGRASI_PSEUDONYM_SECRET is not set: generated a pseudonym key in {}; set the variable in production",
                    file.toAbsolutePath());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the pseudonym key " + file, e);
        }
    }
}
