package id.migrasiaman.conversation;

import java.util.Locale;

/** A text as lower-case words, for the word patterns of the safety and family checks. */
public final class Words {

    private Words() {}

    /** Lower case, every run of other characters one space, no space at either end. */
    public static String plain(String text) {
        return (text == null ? "" : text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** {@link #plain} with a space at each end, so " word " matches at the start and end too. */
    public static String padded(String text) {
        return " " + plain(text) + " ";
    }
}
