package id.migrasiaman.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Stdout and logging for the offline NLP commands, whose stdout is machine-read. */
final class OfflineStreams {

    private OfflineStreams() {}

    /** UTF-8 stdout whatever the platform locale, so Indonesian text survives a POSIX shell. */
    static PrintStream stdout() {
        // Bytes pass through System.out unchanged, so the UTF-8 encoding here is what is written.
        return new PrintStream(System.out, false, StandardCharsets.UTF_8);
    }

    /**
     * Without Spring, Logback's default would log DEBUG to stdout; point it at a configuration that
     * logs warnings to stderr. Must run before the first logger is created.
     */
    static void logToStderr() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty(
                    "logback.configurationFile", "id/migrasiaman/nlp/offline-logback.xml");
        }
    }
}
