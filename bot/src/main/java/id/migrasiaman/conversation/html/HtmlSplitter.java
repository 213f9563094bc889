package id.migrasiaman.conversation.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long HTML texts for Telegram's 4096-character limit: at a blank line if possible, else at
 * a line break, else at a space; never inside a tag or an entity. Answers are written short, so
 * this is a safety net.
 */
public final class HtmlSplitter {

    public static final int TELEGRAM_LIMIT = 4096;

    private HtmlSplitter() {}

    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text == null || text.isEmpty() ? " " : text;
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    private static int cutPoint(String text, int limit) {
        for (String separator : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(separator, limit - 1);
            if (at > limit / 2 && safe(text, at)) {
                return at + separator.length();
            }
        }
        int at = limit;
        while (at > 1 && !safe(text, at)) {
            at--;
        }
        return at;
    }

    /** True when position {@code at} is outside any tag and entity. */
    private static boolean safe(String text, int at) {
        int lt = text.lastIndexOf('<', at - 1);
        int gt = text.lastIndexOf('>', at - 1);
        int amp = text.lastIndexOf('&', at - 1);
        int semi = text.lastIndexOf(';', at - 1);
        return lt <= gt && amp <= semi;
    }
}
