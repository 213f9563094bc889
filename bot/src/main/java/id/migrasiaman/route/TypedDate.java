package id.migrasiaman.route;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people type it in a chat: "12/1", "12-01-2027", "12 Januari", "12 jan", "January 12",
 * "besok", "lusa". Day before month, as in Indonesia; without a year, the next such day from today.
 */
final class TypedDate {

    /** What a text turned out to be. */
    sealed interface Result {}

    /** A day from today to a year ahead. */
    record Day(LocalDate date) implements Result {}

    /** Looks like a date but is none, or is past, or more than a year ahead. */
    record Invalid() implements Result {}

    /** Nothing like a date: the text is about something else. */
    record NotADate() implements Result {}

    private static final Pattern NUMERIC =
            Pattern.compile(
                    "(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2,4}))?(?!\\d)");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*([a-z]{3,9})\\.?(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY =
            Pattern.compile(
                    "\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)");
    private static final Map<String, Integer> MONTHS =
            Map.ofEntries(
                    Map.entry("jan", 1),
                    Map.entry("feb", 2),
                    Map.entry("peb", 2),
                    Map.entry("mar", 3),
                    Map.entry("apr", 4),
                    Map.entry("mei", 5),
                    Map.entry("may", 5),
                    Map.entry("jun", 6),
                    Map.entry("jul", 7),
                    Map.entry("agu", 8),
                    Map.entry("agt", 8),
                    Map.entry("ags", 8),
                    Map.entry("aug", 8),
                    Map.entry("sep", 9),
                    Map.entry("okt", 10),
                    Map.entry("oct", 10),
                    Map.entry("nov", 11),
                    Map.entry("nop", 11),
                    Map.entry("des", 12),
                    Map.entry("dec", 12));
    private static final Map<String, Integer> WORDS =
            Map.of(
                    "hari ini", 0,
                    "today", 0,
                    "besok", 1,
                    "bsk", 1,
                    "tomorrow", 1,
                    "lusa", 2);

    private TypedDate() {}

    static Result parse(String text, LocalDate today) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
        Matcher m = NUMERIC.matcher(t);
        if (m.find()) {
            return day(today, num(m.group(1)), num(m.group(2)), m.group(3));
        }
        m = DAY_MONTH.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return day(today, num(m.group(1)), month, m.group(3));
            }
        }
        m = MONTH_DAY.matcher(t);
        while (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return day(today, num(m.group(2)), month, m.group(3));
            }
        }
        for (Map.Entry<String, Integer> word : WORDS.entrySet()) {
            if (Pattern.compile("\\b" + word.getKey() + "\\b").matcher(t).find()) {
                return new Day(today.plusDays(word.getValue()));
            }
        }
        return new NotADate();
    }

    private static Integer month(String word) {
        return word.length() < 3 ? null : MONTHS.get(word.substring(0, 3));
    }

    private static Result day(LocalDate today, int day, int month, String year) {
        try {
            LocalDate date;
            if (year != null) {
                int y = num(year);
                date = LocalDate.of(y < 100 ? 2000 + y : y, month, day);
            } else {
                date = LocalDate.of(today.getYear(), month, day);
                if (date.isBefore(today)) {
                    date = LocalDate.of(today.getYear() + 1, month, day);
                }
            }
            boolean inRange = !date.isBefore(today) && !date.isAfter(today.plusYears(1));
            return inRange ? new Day(date) : new Invalid();
        } catch (DateTimeException e) {
            return new Invalid();
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
