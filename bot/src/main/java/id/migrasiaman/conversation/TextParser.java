package id.migrasiaman.conversation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns raw text into a {@link Content.Command} when it starts with a slash command. */
public final class TextParser {

    private static final Pattern COMMAND =
            Pattern.compile(
                    "^/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\\s+(.*))?$", Pattern.DOTALL);

    private TextParser() {}

    /** Parses {@code text}; null or blank text becomes empty {@link Content.Text}. */
    public static Content parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = COMMAND.matcher(trimmed);
        if (m.matches()) {
            String argument = m.group(2) == null ? "" : m.group(2).strip();
            return new Content.Command(m.group(1).toLowerCase(Locale.ROOT), argument);
        }
        return new Content.Text(trimmed);
    }
}
