package id.migrasiaman.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the ages people state ("umur sy 17 thn", "usia anak saya 16", "masih 16 tahun", "I'm 16",
 * "15 years old", "16yo") among the words of a prepared message. A number next to "tahun" alone is
 * usually a duration ("kontrak 2 tahun"), so it counts only with a word that makes it an age. One
 * pass over the words, looking at most a few words back.
 */
final class AgeFinder {

    private static final Set<String> AGE_WORDS =
            Set.of(
                    "umur", "usia", "berumur", "berusia", "umurnya", "usianya", "umurku", "usiaku",
                    "umur2", "age", "aged", "umr");
    private static final Set<String> YEARS =
            Set.of(
                    "tahun", "thn", "th", "thun", "taon", "tahu", "tn", "years", "year", "yrs",
                    "yr");
    private static final Set<String> YOUNG_BEFORE =
            Set.of("masih", "baru", "cuma", "hanya", "baru2", "cm");

    /** Kin who are often young: named before an age, they make it a person's age. */
    private static final Set<String> YOUNG_KIN =
            Set.of(
                    "adik",
                    "adek",
                    "keponakan",
                    "ponakan",
                    "cucu",
                    "daughter",
                    "son",
                    "sister",
                    "brother",
                    "niece",
                    "nephew");

    private static final Set<String> CHILD_WORDS =
            union(YOUNG_KIN, "anak", "ade", "nona", "nyong", "putri", "putra", "girl", "boy");
    private static final Set<String> TO_BE = Set.of("am", "m", "is", "s", "are", "re");
    private static final Set<String> PERSON =
            Set.of(
                    "i",
                    "im",
                    "she",
                    "he",
                    "daughter",
                    "son",
                    "sister",
                    "brother",
                    "niece",
                    "nephew",
                    "cousin",
                    "girl",
                    "boy",
                    "who");
    private static final int LOOK_BACK = 4;

    /**
     * Relatives named by their age alone, "my nephew (16)", "adek kelas aq (16)" (not "anak 2").
     */
    private static final Set<String> RELATIVES =
            union(YOUNG_KIN, "cousin", "grandson", "granddaughter");

    /** People recruited by an age range, "girls 15-19", "young women 16-20", "cewek 16 - 20". */
    private static final Set<String> RECRUITS =
            Set.of(
                    "girls",
                    "boys",
                    "women",
                    "men",
                    "teenagers",
                    "teens",
                    "youths",
                    "wanita",
                    "perempuan",
                    "cewek",
                    "cowok",
                    "pria",
                    "remaja",
                    "pemuda",
                    "pemudi",
                    "gadis");

    /** The first word of an age written "enam belas". */
    private static final Map<String, Integer> BEFORE_BELAS =
            Map.ofEntries(
                    Map.entry("dua", 12),
                    Map.entry("tiga", 13),
                    Map.entry("empat", 14),
                    Map.entry("ampat", 14),
                    Map.entry("lima", 15),
                    Map.entry("enam", 16),
                    Map.entry("anam", 16),
                    Map.entry("tujuh", 17),
                    Map.entry("tuju", 17));

    /** Ages under 18 written as one word. */
    private static final Map<String, Integer> TEEN_WORDS =
            Map.ofEntries(
                    Map.entry("sebelas", 11),
                    Map.entry("duabelas", 12),
                    Map.entry("tigabelas", 13),
                    Map.entry("empatbelas", 14),
                    Map.entry("limabelas", 15),
                    Map.entry("enambelas", 16),
                    Map.entry("tujuhbelas", 17),
                    Map.entry("twelve", 12),
                    Map.entry("thirteen", 13),
                    Map.entry("fourteen", 14),
                    Map.entry("fifteen", 15),
                    Map.entry("sixteen", 16),
                    Map.entry("seventeen", 17));

    /** The ages in {@code words} (folded, split), in text order; only 1 to 99. */
    List<Integer> find(List<String> words) {
        List<Integer> ages = new ArrayList<>(1);
        for (int i = 0; i < words.size(); i++) {
            int age = number(words.get(i));
            int start = i;
            if (age < 0 && (words.get(i).equals("belas") || words.get(i).equals("blas")) && i > 0) {
                age = BEFORE_BELAS.getOrDefault(words.get(i - 1), -1);
                start = i - 1;
            } else if (age < 0) {
                age = TEEN_WORDS.getOrDefault(words.get(i), -1);
            }
            if (age > 0 && isAge(words, start, i)) {
                ages.add(age);
            } else if (age < 0) {
                int glued = glued(words.get(i));
                if (glued > 0) {
                    ages.add(glued);
                }
            }
        }
        return ages;
    }

    private static Set<String> union(Set<String> words, String... more) {
        Set<String> all = new HashSet<>(words);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private static boolean isAge(List<String> words, int i, int end) {
        String next = end + 1 < words.size() ? words.get(end + 1) : "";
        String after = end + 2 < words.size() ? words.get(end + 2) : "";
        return isAge(words, i, next, after);
    }

    private static boolean isAge(List<String> words, int i, String next, String after) {
        if (YEARS.contains(next) && after.equals("old")) {
            return true; // "15 years old"
        }
        if (next.equals("yo") || (next.equals("y") && after.equals("o"))) {
            return true; // "16 yo", "16 y/o"
        }
        String previous = i > 0 ? words.get(i - 1) : "";
        int value = number(words.get(i));
        if (value >= 12 && value < 18 && RELATIVES.contains(previous)) {
            return true; // "nephew (16)": a young relative's age, not a count of relatives
        }
        if (value >= 12 && value < 18 && number(next) > value && recruitsBefore(words, i)) {
            return true; // "girls 15-19": the youngest of the range is a minor
        }
        if (TO_BE.contains(previous) && i > 1 && PERSON.contains(words.get(i - 2))) {
            return true; // "i am 16", "my daughter is 15"
        }
        if (previous.equals("im")) {
            return true;
        }
        if (YEARS.contains(next)
                && (YOUNG_BEFORE.contains(previous) || CHILD_WORDS.contains(previous))) {
            return true; // "masih 16 tahun", "anak 15 thn"
        }
        for (int j = Math.max(0, i - LOOK_BACK); j < i; j++) {
            if (AGE_WORDS.contains(words.get(j))) {
                return true; // "umur sy 17", "usia anak saya 16 tahun"
            }
        }
        return false;
    }

    private static boolean recruitsBefore(List<String> words, int i) {
        for (int j = Math.max(0, i - LOOK_BACK); j < i; j++) {
            if (RECRUITS.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** "16yo", "17thn", "16th" written as one word; -1 when it is not such a word. */
    private static int glued(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return -1;
        }
        String unit = word.substring(digits);
        boolean age = unit.equals("yo") || unit.equals("yrs") || unit.equals("thn");
        return age ? Integer.parseInt(word.substring(0, digits)) : -1;
    }

    /** The value of a one- or two-digit word: 1..99; 0 for other numbers; -1 for non-numbers. */
    private static int number(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return -1;
            }
        }
        int value = Integer.parseInt(word);
        return value >= 1 && value <= 99 ? value : 0;
    }
}
