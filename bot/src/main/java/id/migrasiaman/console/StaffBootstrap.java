package id.migrasiaman.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code MIGRASI_CONSOLE_ADMIN} and {@code
 * MIGRASI_CONSOLE_ADMIN_PASSWORD} when that account does not exist; an existing account is left as
 * it is (its password may have been changed in the console).
 */
@Component
class StaffBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    private final StaffUsers users;
    private final ConsoleSettings settings;

    StaffBootstrap(StaffUsers users, ConsoleSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.adminUser().isEmpty()) {
            if (users.all().isEmpty()) {
                log.warn(
                        "Staff console has no accounts: set MIGRASI_CONSOLE_ADMIN and"
                                + " MIGRASI_CONSOLE_ADMIN_PASSWORD to create the first one");
            }
            return;
        }
        if (!users.exists(settings.adminUser())) {
            try {
                users.create(
                        settings.adminUser(),
                        settings.adminUser(),
                        settings.adminPassword(),
                        StaffUsers.Role.ADMIN);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "MIGRASI_CONSOLE_ADMIN / MIGRASI_CONSOLE_ADMIN_PASSWORD refused: "
                                + e.getMessage(),
                        e);
            }
            log.info("Staff console: administrator account {} created", settings.adminUser());
        }
    }
}
