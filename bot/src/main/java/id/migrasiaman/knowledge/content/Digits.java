package id.migrasiaman.knowledge.content;

/** Phone numbers compared by their digits: {@code +62 811} and {@code 0811} are the same line. */
public final class Digits {

    private Digits() {}

    /** The digits of {@code text}, with a leading country code 62 written as a national 0. */
    public static String of(String text) {
        String digits = text.replaceAll("\\D", "");
        return text.strip().startsWith("+62") ? "0" + digits.substring(2) : digits;
    }
}
