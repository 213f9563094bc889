package id.migrasiaman.system;

import id.migrasiaman.store.StoreSettings;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pseudonym key: from the environment, or generated once into a key file. */
@Configuration(proxyBeanMethods = false)
class PseudonymConfiguration {

    @Bean
    Pseudonyms pseudonyms(PrivacySettings privacy, StoreSettings store) {
        if (privacy.pseudonymSecret() != null && !privacy.pseudonymSecret().isBlank()) {
            return new Pseudonyms(privacy.pseudonymSecret().getBytes(StandardCharsets.UTF_8));
        }
        return new Pseudonyms(PseudonymKeyFile.readOrCreate(privacy.keyFile(store.dataDir())));
    }

    /** Seals what must wait in MongoDB with a Telegram id in it (inbox, outbound queue). */
    @Bean
    Sealer sealer(Pseudonyms pseudonyms) {
        return new Sealer(pseudonyms.derive("sealer-v1"));
    }
}
