package id.migrasiaman.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * mongo-java-server has no authentication: any process on the host can read the embedded store
 * through its loopback port. Fine on a laptop, not for a bot that real people write to, so a bot in
 * Telegram mode on the embedded store says so once at start.
 */
final class EmbeddedStoreWarning {

    static final String TEXT =
            "Storage: embedded store is for local use; production needs MONGODB_URI"
                    + " (the embedded server has no password and listens on loopback only)";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreWarning.class);

    private EmbeddedStoreWarning() {}

    /** Logs the warning if the bot talks to Telegram; returns whether it did. */
    static boolean warnIfTelegram(Environment env) {
        boolean telegram =
                !env.getProperty("migrasi.telegram.token", "").isBlank()
                        && !env.matchesProfiles("chat");
        if (telegram) {
            log.warn(TEXT);
        }
        return telegram;
    }
}
