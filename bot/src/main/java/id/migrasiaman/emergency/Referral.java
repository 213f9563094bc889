package id.migrasiaman.emergency;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A third party passing a case on ("How do I refer her case?", "mau merujuk kasus ini"): what to
 * pass on (FACTS 14.6) comes in place of what to do in danger now (trial 13, D36).
 */
final class Referral {

    private static final Pattern REFER =
            Pattern.compile(
                    "\\b(refer(ral|ring)?|rujuk|merujuk|dirujuk|meneruskan kasus|teruskan kasus)\\b");

    private Referral() {}

    static boolean said(String text) {
        return text != null && REFER.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
