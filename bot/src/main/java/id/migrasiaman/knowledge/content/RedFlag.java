package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A warning sign of trafficking or illegal recruitment, from {@code red-flags.yml}.
 *
 * @param recognisedBy whether the flag model's answer counts besides the patterns
 */
public record RedFlag(
        String id,
        Localized title,
        Localized explanation,
        List<Pattern> patterns,
        Source source,
        Recognition recognisedBy) {

    public RedFlag {
        patterns = List.copyOf(patterns);
    }

    /** A flag that its patterns and its model may raise. */
    public RedFlag(
            String id,
            Localized title,
            Localized explanation,
            List<Pattern> patterns,
            Source source) {
        this(id, title, explanation, patterns, source, Recognition.MODEL_AND_PATTERNS);
    }

    public boolean matchesAny(String... texts) {
        for (Pattern pattern : patterns) {
            for (String text : texts) {
                if (pattern.matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
