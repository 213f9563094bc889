package id.migrasiaman.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the staff console.
 *
 * @param adminUser the first administrator's user name ({@code MIGRASI_CONSOLE_ADMIN}), created at
 *     start when it does not exist yet; blank: no one is created
 * @param adminPassword that administrator's first password ({@code
 *     MIGRASI_CONSOLE_ADMIN_PASSWORD}), at least {@value StaffUsers#MIN_PASSWORD} characters; never
 *     logged
 */
@Validated
@ConfigurationProperties("migrasi.console")
public record ConsoleSettings(String adminUser, String adminPassword) {

    public ConsoleSettings {
        adminUser = adminUser == null ? "" : adminUser.strip();
        adminPassword = adminPassword == null ? "" : adminPassword;
        if (!adminUser.isEmpty() && adminPassword.length() < StaffUsers.MIN_PASSWORD) {
            throw new IllegalArgumentException(
                    "MIGRASI_CONSOLE_ADMIN_PASSWORD must have at least "
                            + StaffUsers.MIN_PASSWORD
                            + " characters when MIGRASI_CONSOLE_ADMIN is set");
        }
    }

    @Override
    public String toString() {
        return "ConsoleSettings[adminUser=" + adminUser + ", adminPassword=***]";
    }
}
