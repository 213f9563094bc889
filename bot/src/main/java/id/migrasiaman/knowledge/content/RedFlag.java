package id.migrasiaman.knowledge.content;

import id.migrasiaman.knowledge.Localized;
import id.migrasiaman.knowledge.Source;
import java.util.List;
import java.util.regex.Pattern;

/** A warning sign of trafficking or illegal recruitment, from {@code red-flags.yml}. */
public record RedFlag(
        String id, Localized title, Localized explanation, List<Pattern> patterns, Source source) {

    public RedFlag {
        patterns = List.copyOf(patterns);
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
