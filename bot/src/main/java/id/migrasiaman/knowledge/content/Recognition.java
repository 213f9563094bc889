package id.migrasiaman.knowledge.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What may raise a red flag, from the flag's {@code recognised_by} field in {@code red-flags.yml}:
 * its patterns and its model (the default), or its patterns only, for a flag whose model, trained
 * on too few examples, fires on ordinary questions.
 */
public enum Recognition {
    /** {@code recognised_by: model-and-patterns}, or no field: either may raise the flag. */
    MODEL_AND_PATTERNS("model-and-patterns"),
    /**
     * {@code recognised_by: patterns}: the editors' patterns only; the model's answer is ignored.
     */
    PATTERNS("patterns");

    private final String field;

    Recognition(String field) {
        this.field = field;
    }

    /** The value editors write in {@code recognised_by}. */
    public String field() {
        return field;
    }

    /** Whether the flag model's "yes" counts. */
    public boolean trustsModel() {
        return this == MODEL_AND_PATTERNS;
    }

    /** The recognition named {@code value}, if any ({@code ""} is the default). */
    public static Optional<Recognition> of(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return Optional.of(MODEL_AND_PATTERNS);
        }
        return Arrays.stream(values()).filter(r -> r.field.equals(v)).findFirst();
    }
}
