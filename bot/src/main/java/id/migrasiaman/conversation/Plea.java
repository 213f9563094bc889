package id.migrasiaman.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plea and nothing else: "tolong dong kak", "help lah", "bantu sa", "pls help". Someone who wants
 * help, which answers no step of a flow: never kept as a recruiter's name, a kecamatan (a teenager
 * mid-report, round 23) or a line of a story (round 24). The safety layer reads it first.
 */
public final class Plea {

    private static final Pattern ALONE =
            Pattern.compile(
                    "^(tolong|tlg|tolongin|bantu|bantuin|help|sos|please help|pls help|plis help)"
                            + "( (dong|donk|dnk|lah|la|ya|yah|kak|ka|kaka|kakak|sa|saya|sy|aku|beta"
                            + "|me|us|please|pls|plis|min|admin|bot))*$");

    private Plea() {}

    /** Whether {@code text} is only a plea for help. */
    public static boolean alone(String text) {
        String words =
                (text == null ? "" : text)
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L} ]+", " ")
                        .strip()
                        .replaceAll("\\s+", " ");
        return ALONE.matcher(words).matches();
    }
}
