package id.migrasiaman.safety;

import id.migrasiaman.nlp.Normaliser;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The danger check and the flood control of the running bot. */
@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

    @Bean
    DangerCheck dangerCheck(Normaliser normaliser) {
        return new DangerCheck(normaliser);
    }

    /**
     * {@code migrasi.safety.flood-burst} messages within {@code migrasi.safety.flood-window} per
     * conversation before the bot asks to slow down (defaults: 20 in 20 s, far above a person
     * typing, well below a script).
     */
    @Bean
    FloodControl floodControl(
            @Value("${migrasi.safety.flood-burst:20}") int burst,
            @Value("${migrasi.safety.flood-window:20s}") Duration window) {
        return new FloodControl(burst, window, Clock.systemUTC());
    }
}
