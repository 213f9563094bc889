package id.migrasiaman.reports.brokers;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Broker names as villagers write them ("Om Yanto", "bapak yanto", "Ka Yantho"): normalised and
 * compared, so that reports about one person in one kecamatan find each other.
 */
public final class BrokerNames {

    /**
     * Forms of address in Kupang Malay, Indonesian and English that are not part of the name: the
     * one list for comparing names and for finding a name after a title ("pak Benyamin").
     */
    public static final Set<String> TITLES =
            Set.of(
                    "om", "bapak", "bpk", "pak", "bp", "mama", "mam", "ibu", "bu", "kaka", "kakak",
                    "kak", "ka", "tante", "tanta", "nona", "nyong", "bung", "abang", "bang", "opa",
                    "oma", "sdr", "saudara", "mas", "mbak", "mr", "mrs", "ms");

    private BrokerNames() {}

    /** Lower case, no accents or punctuation, no titles; empty if nothing is left. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain =
                Normalizer.normalize(name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9 ]", " ");
        return Arrays.stream(plain.split("\\s+"))
                .filter(t -> !t.isBlank() && !TITLES.contains(t))
                .collect(Collectors.joining(" "));
    }

    /**
     * Whether two normalised names very probably mean the same person: Jaro-Winkler at least 0.9,
     * or one edit apart when both are long enough that one edit is a typo, not another name.
     */
    static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b) || jaroWinkler(a, b) >= 0.9) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 5 && levenshtein(a, b) <= 1;
    }

    static double jaroWinkler(String a, String b) {
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int end = Math.min(b.length(), i + window + 1);
            for (int j = Math.max(0, i - window); j < end; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j++)) {
                    transpositions++;
                }
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length()))
                && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] =
                        Math.min(
                                Math.min(current[j - 1] + 1, previous[j] + 1),
                                previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
