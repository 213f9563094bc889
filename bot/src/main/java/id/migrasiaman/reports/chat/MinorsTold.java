package id.migrasiaman.reports.chat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child under 18 already named in the report's free text ("ada yang masih kecil kayaknya 15an",
 * "salah satunya umur 16", "two of them are minors"): the under-18 step shows it as known instead
 * of asking as if nothing had been said (trial 16, D8), and the report counts as one with minors
 * (URGENT, as a pressed "Ya" does).
 */
final class MinorsTold {

    /** Words that say a child: "masih kecil", "di bawah umur", "masih SMP", "under 18". */
    private static final Pattern WORDS =
            Pattern.compile(
                    "\\b(masih\\s+(kecil|anak|bocah|sekolah|sd|smp|sma|smk)|anak\\s+(sd|smp|sekolah)"
                            + "|di\\s?bawah\\s+(umur|18)|bawah\\s+umur|belum\\s+(cukup\\s+umur|17|18)"
                            + "|under\\s*-?\\s*18|under\\s*-?\\s*age|underage|minors?)\\b");

    /** What a number before it counts, when it is no age: "15an orang", "15an anak". */
    private static final String COUNTED =
            "orang|org|anak|calon|cpmi|pekerja|ribu|rb|juta|jt|people|persons?|kids|children"
                    + "|bulan|bln|hari|jam|kali";

    /**
     * An age told beside an age word or as "15an" ("about 15"): "umur 15", "kayaknya 15an", "15
     * years old"; not "15an orang" (a count) or "kerja 10 tahun" (a duration).
     */
    private static final Pattern AGE =
            Pattern.compile(
                    "\\b(?:umur|umurnya|usia|usianya|baru|masih|kayaknya|kira2|kira-kira|sekitar"
                            + "|about|aged?)\\s+(\\d{1,2})(?:\\s*an)?\\b(?!\\s*("
                            + COUNTED
                            + "))"
                            + "|\\b(\\d{1,2})\\s*an\\b(?!\\s*("
                            + COUNTED
                            + "))"
                            + "|\\b(\\d{1,2})\\s*-?\\s*(?:years?[ -]old|yo|y/o)\\b");

    private static final int ADULT = 18;

    private MinorsTold() {}

    /** Whether {@code text} tells that someone involved is under 18. */
    static boolean in(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (WORDS.matcher(lower).find()) {
            return true;
        }
        Matcher age = AGE.matcher(lower);
        while (age.find()) {
            for (int g = 1; g <= age.groupCount(); g++) {
                String n = age.group(g);
                if (n != null && n.chars().allMatch(Character::isDigit)) {
                    int years = Integer.parseInt(n);
                    if (years >= 5 && years < ADULT) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
