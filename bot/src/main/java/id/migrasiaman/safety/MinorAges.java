package id.migrasiaman.safety;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an age under 18 written in a message ("umur 16", "baru 15 tahun", "I'm 16", "my niece is
 * 17", "she looks about 14").
 */
final class MinorAges {

    private static final Pattern AGE =
            Pattern.compile(
                    "(?:\\b(?:umur|umurnya|usia|usianya|berumur|aged?)"
                            + "(?:\\s+(?:saya|sy|aku|dia|beta|anak|adik|baru|masih))?\\s*(\\d{1,2})\\b)"
                            + "|(?:\\b(?:baru|masih|anak|ana|nona|nyong|adik|adek|cucu|gadis|putri)\\b"
                            + "(?:(?!sudah|selama|sejak|lebih|kerja|di )[^\\d]){0,15}(\\d{1,2})\\s*(?:tahun|taun|thn|th)\\b)"
                            + "|(?:\\b(\\d{1,2})\\s*-?\\s*(?:years?[ -]old|yrs? old|yo|y/o)\\b)"
                            + "|(?:\\b(?:i ?'?a?m|she is|he is|she'?s|he'?s)\\s+(?:only\\s+|just\\s+)?(\\d{1,2})(?=\\s*(?:[,.!?]|$|and|dan|thn|tahun|years)))"
                            + "|(?:\\b(?:niece|nephew|daughter|son|sister|brother|cousin|girl|boy|child"
                            + "|kid|classmate|friend|bestie|homie)\\s+is\\s+(?:only\\s+|just\\s+)?(\\d{1,2})(?=\\s*(?:[,.!?]|$|and|years)))"
                            // "adik sy (16)", "anak tetangga (15)": an age in brackets after a
                            // relative
                            + "|(?:\\b(?:adik|adek|ade|anak|ana|keponakan|ponakan|sepupu|cucu|nona|nyong"
                            + "|putri|putra|gadis|niece|nephew|daughter|son|sister|brother|cousin|girl"
                            + "|boy|classmate|teman|temen|tetangga|neighbour|neighbor|friend|bestie"
                            + "|homie|bff)\\b[^()\\d]{0,20}"
                            + "\\((\\d{1,2})\\))"
                            // "a boy of 14", "our neighbour's son, 15,", "(15 thn)"
                            + "|(?:\\b(?:boy|girl|child|kid|son|daughter)\\s+of\\s+(\\d{1,2})\\b)"
                            + "|(?:\\b(?:son|daughter|niece|nephew|cousin|brother|sister|boy|girl"
                            + "|child|kid)\\s*,\\s*(\\d{1,2})\\s*,)"
                            // "she is in year 10", "kelas 2 SMP": a school year
                            + "|(?:\\b(?:in|is in|at)\\s+(?:year|grade)\\s+(\\d{1,2})\\b)"
                            + "|(?:\\bkelas\\s+(\\d{1,2})\\s+(?:sd|smp|sma|smk|mts|ma)\\b)"
                            + "|(?:\\((\\d{1,2})\\s*(?:tahun|taun|thn|th|yo|y/o|yrs?|years?)\\))"
                            // "salah satunya 15 thn", "one of them is 16": an age within a group
                            + "|(?:\\b(?:salah satu(?:nya)?|satu di antaranya|yang paling muda"
                            + "|one of them|the youngest)\\s+(?:is\\s+|baru\\s+|masih\\s+|umur\\s+)?"
                            + "(\\d{1,2})\\s*(?:tahun|taun|thn|th|years?|yo)\\b)"
                            // "she looks about 14", "he seems around 15": a witness's guess
                            + "|(?:\\b(?:looks?|seems?|appears?)(?:\\s+to\\s+be)?\\s+(?:about|around"
                            + "|maybe|like|only)?\\s*(\\d{1,2})(?=\\s*(?:[,.!?]|$|and|or|years)))");

    private MinorAges() {}

    static boolean in(String text) {
        Matcher m = AGE.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    int age = Integer.parseInt(m.group(g));
                    if (age >= 1 && age < 18) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
