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
 * @param whereaboutsRetention how long the country a person said they are in ("aku PRT di hong
 *     kong") decides the numbers of a later emergency that names none; a place told longer ago is
 *     forgotten, as the person may have moved or come home since
 */
@Validated
@ConfigurationProperties("migrasi.emergency")
public record EmergencySettings(
        @DefaultValue("6h") @NotNull Duration followLapse,
        @DefaultValue("30d") @NotNull Duration whereaboutsRetention) {

    public EmergencySettings {
        positive(followLapse, "follow-lapse");
        positive(whereaboutsRetention, "whereabouts-retention");
    }

    private static void positive(Duration d, String name) {
        if (d != null && (d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
