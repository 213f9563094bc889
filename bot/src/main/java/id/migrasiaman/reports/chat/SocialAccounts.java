package id.migrasiaman.reports.chat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Social-media accounts named in a report: profile links and {@code @handles}. */
final class SocialAccounts {

    private static final Pattern ACCOUNT =
            Pattern.compile(
                    "(?i)(?:https?://)?(?:www\\.|m\\.)?(?:facebook|fb|tiktok|instagram|twitter|x)\\.com/[^\\s,;]+"
                            + "|(?<![\\w.])@[A-Za-z0-9_.]{3,30}");

    private SocialAccounts() {}

    static List<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = ACCOUNT.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group().replaceAll("[.)]+$", ""));
        }
        return List.copyOf(found);
    }
}
