package id.migrasiaman.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the staff console.
 *
 * @param adminUser the first administrator's user name ({@code MIGRASI_CONSOLE_ADMIN}), created at
 *     start when it does not exist yet; blank: no one is created
 * @param adminPassword that administrator's first password ({@code
 *     MIGRASI_CONSOLE_ADMIN_PASSWORD}), at least {@value PasswordRule#MIN_LENGTH} characters and
 *     not a common one; never logged
 * @param idleTimeout how long a signed-in staff member may do nothing before being signed out
 *     ({@code MIGRASI_CONSOLE_IDLE_TIMEOUT}); the queue's automatic refresh does not count
 * @param refreshInterval how often an open queue page fetches fresh rows
 * @param maxFormSize the largest body a console request may have (longer ones get 413)
 */
@Validated
@ConfigurationProperties("migrasi.console")
public record ConsoleSettings(
        String adminUser,
        String adminPassword,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("30s") Duration refreshInterval,
        @DefaultValue("256KB") DataSize maxFormSize) {

    public ConsoleSettings {
        adminUser = adminUser == null ? "" : adminUser.strip();
        adminPassword = adminPassword == null ? "" : adminPassword;
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(30) : refreshInterval;
        maxFormSize = maxFormSize == null ? DataSize.ofKilobytes(256) : maxFormSize;
        if (!adminUser.isEmpty() && adminPassword.length() < PasswordRule.MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "MIGRASI_CONSOLE_ADMIN_PASSWORD must have at least "
                            + PasswordRule.MIN_LENGTH
                            + " characters when MIGRASI_CONSOLE_ADMIN is set");
        }
        if (idleTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("MIGRASI_CONSOLE_IDLE_TIMEOUT must be at least 1s");
        }
        if (refreshInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(
                    "migrasi.console.refresh-interval must be at least 1s");
        }
        if (maxFormSize.toBytes() < 1024) {
            throw new IllegalArgumentException(
                    "migrasi.console.max-form-size must be at least 1KB");
        }
    }

    @Override
    public String toString() {
        return "ConsoleSettings[adminUser="
                + adminUser
                + ", adminPassword=***, idleTimeout="
                + idleTimeout
                + "]";
    }
}
