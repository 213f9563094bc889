package id.migrasiaman.emergency;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the emergency path.
 *
 * @param followLapse how long after the last change of an emergency's state every message is still
 *     added to its urgent report; a message later than that is read afresh (the report stays open,
 *     and {@code /tambah CODE} adds to it)
 */
@Validated
@ConfigurationProperties("migrasi.emergency")
public record EmergencySettings(@DefaultValue("6h") @NotNull Duration followLapse) {

    public EmergencySettings {
        if (followLapse != null && (followLapse.isNegative() || followLapse.isZero())) {
            throw new IllegalArgumentException("follow-lapse must be positive");
        }
    }
}
