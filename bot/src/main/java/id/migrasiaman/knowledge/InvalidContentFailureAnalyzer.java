package id.migrasiaman.knowledge;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that fails on the content lint ends with the list of problems and what to do, not a stack
 * trace (for example {@code bot.jar chat} started outside the project root).
 */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the files listed above (content/README.md says what each field needs), or"
                        + " point MIGRASI_CONTENT_DIR at the project's content folder.",
                cause);
    }
}
