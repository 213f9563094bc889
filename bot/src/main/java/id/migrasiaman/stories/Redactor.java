package id.migrasiaman.stories;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a story what could identify its teller or others before anyone else reads it: phone
 * numbers, e-mail and web addresses, social-media handles, long document numbers, and the names
 * that follow a person word ("nama saya Yanti", "Om Beni", "majikan Mr Tan"). Countries and cities
 * stay: they are the lesson. A moderator reads the result before it is shown, because no rule
 * catches every name.
 */
public final class Redactor {

    static final String PHONE = "[nomor]";
    static final String EMAIL = "[email]";
    static final String LINK = "[tautan]";
    static final String ACCOUNT = "[akun]";
    static final String NAME = "[nama]";

    private static final Pattern EMAILS =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern LINKS =
            Pattern.compile(
                    "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+\\.(?:com|id|my|net|org|co|me|ly|link)(?:/\\S*)?\\b");
    private static final Pattern HANDLES =
            Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}._]{2,}");

    /** Seven or more digits, possibly split by spaces, dots, dashes or brackets, maybe with +. */
    private static final Pattern NUMBERS =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d(?:[\\s.()-]{0,2}\\d){6,}");

    private static final List<String> PERSON_WORDS =
            List.of(
                    "nama saya",
                    "nama sa",
                    "nama beta",
                    "namanya",
                    "nama",
                    "saya",
                    "beta",
                    "om",
                    "tante",
                    "pak",
                    "bapak",
                    "bapa",
                    "bu",
                    "ibu",
                    "mama",
                    "kak",
                    "kakak",
                    "adik",
                    "bang",
                    "abang",
                    "mas",
                    "mbak",
                    "bos",
                    "majikan",
                    "agen",
                    "calo",
                    "sponsor",
                    "mr",
                    "mrs",
                    "madam",
                    "my name is",
                    "sir",
                    "boss",
                    "employer",
                    "agent");

    /** A person word, then one to three capitalised words: the words become [nama]. */
    private static final Pattern NAMES =
            Pattern.compile(
                    "(?i:\\b("
                            + String.join(
                                    "|",
                                    PERSON_WORDS.stream().map(w -> w.replace(" ", "\\s+")).toList())
                            + ")\\.?)\\s+((?:\\p{Lu}[\\p{L}'-]*)(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2})");

    /**
     * Capitalised words that follow a person word but name no one ("Saya Sudah…", "Bos Malaysia").
     */
    private static final Pattern NOT_NAMES =
            Pattern.compile(
                    "(?i)(malaysia|hong|kong|taiwan|singapura|singapore|saudi|arab|korea|jepang|japan"
                            + "|kupang|ntt|indonesia|batam|nunukan|tawau|sabah|sarawak|kuala|lumpur"
                            + "|sudah|su|pernah|tidak|sonde|mau|ingin|pi|pergi|bekerja|kerja|karja"
                            + "|dulu|juga|yang|di|ke|dari|tahun|bulan|waktu|akhirnya|lalu|kemudian)");

    private Redactor() {}

    /** {@code text} with identifying details replaced by placeholders; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = EMAILS.matcher(text).replaceAll(EMAIL);
        out = LINKS.matcher(out).replaceAll(LINK);
        out = HANDLES.matcher(out).replaceAll(ACCOUNT);
        out = NUMBERS.matcher(out).replaceAll(PHONE);
        return names(out);
    }

    private static String names(String text) {
        Matcher m = NAMES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = m.group(2);
            String first = words.split("\\s+")[0];
            String replacement =
                    NOT_NAMES.matcher(first).matches() ? m.group() : m.group(1) + " " + NAME;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
