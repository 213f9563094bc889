package id.migrasiaman.nlp;

import java.util.Arrays;
import java.util.Locale;

/** The seven intents the bot routes on; {@link #label()} is the corpus label. */
public enum Intent {
    PROCEDURE_QUESTION,
    OFFER_CHECK,
    BROKER_REPORT,
    EXPERIENCE_SHARE,
    EMERGENCY,
    GREETING,
    OUT_OF_SCOPE;

    /** The label as written in the corpus, e.g. {@code procedure_question}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The intent for a corpus label. */
    public static Intent fromLabel(String label) {
        return Arrays.stream(values())
                .filter(i -> i.label().equals(label.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown intent label: " + label));
    }
}
