package id.migrasiaman.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/** A warning sign of trafficking or illegal recruitment, from {@code red-flags.yml}. */
record RedFlag(
        String id, Localized title, Localized explanation, List<Pattern> patterns, Source source) {

    RedFlag {
        patterns = List.copyOf(patterns);
    }

    boolean matchesAny(String... texts) {
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
