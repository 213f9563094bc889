package id.migrasiaman.nlp.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds rupiah amounts as people write them ("2 juta", "Rp 5.000.000", "10jt", "1,5 juta", "750rb",
 * "Rp750.000") and converts them to whole rupiah.
 */
public final class MoneyParser {

    /** An amount found at {@code [start, end)} of the text. */
    public record Amount(int start, int end, long rupiah) {}

    private static final Map<String, Long> UNITS =
            Map.ofEntries(
                    Map.entry("miliar", 1_000_000_000L),
                    Map.entry("milyar", 1_000_000_000L),
                    Map.entry("juta", 1_000_000L),
                    Map.entry("jta", 1_000_000L),
                    Map.entry("jt", 1_000_000L),
                    Map.entry("ribu", 1_000L),
                    Map.entry("rebu", 1_000L),
                    Map.entry("rb", 1_000L),
                    Map.entry("k", 1_000L),
                    Map.entry("rupiah", 1L));

    /**
     * An optional "Rp", a number with optional thousand groups, an optional one- or two-digit
     * decimal part (only meaningful before a unit), then a unit; or "Rp" and a plain number. Dots
     * and commas followed by three digits are thousand separators, as Indonesians write them. A
     * number glued to other letters ("0a", "10jtx") is not money.
     */
    private static final Pattern AMOUNT =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?<!\\d[.,])(?:(rp|idr)\\.?\\s?)?"
                            + "(\\d{1,3}(?:[.,]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?(?![\\d])"
                            + "(?:\\s?(miliar|milyar|juta|jta|jt|ribu|rebu|rb|k|rupiah)(?![\\p{L}\\p{N}]))?"
                            + "(?:,-|,00)?(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE);

    /** Larger sums are typing accidents, not prices; this also keeps the result inside a long. */
    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000_000_000L);

    /**
     * An amount in words before a unit ("dua juta", "lima ratus ribu", "setengah juta", Kupang
     * "ampa juta"): voice typing and chat write numbers as words, and a fee written so is still a
     * fee.
     */
    private static final Pattern WORD_AMOUNT =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])((?:"
                            + NumberWords.ALTERNATIVES
                            + ")(?:\\s+(?:"
                            + NumberWords.ALTERNATIVES
                            + ")){0,3})\\s?(juta|jta|jt|ribu|rebu|rb)(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE);

    public List<Amount> find(String text) {
        if (text == null) {
            return List.of();
        }
        List<Amount> amounts = new ArrayList<>();
        if (hasUnitWord(text)) {
            Matcher w = WORD_AMOUNT.matcher(text);
            while (w.find()) {
                long number = NumberWords.value(w.group(1).toLowerCase(Locale.ROOT));
                long unit = UNITS.get(w.group(2).toLowerCase(Locale.ROOT));
                if (number > 0) {
                    amounts.add(new Amount(w.start(), w.end(), number * unit / NumberWords.SCALE));
                }
            }
        }
        if (!hasDigit(text)) {
            return amounts;
        }
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            String currency = m.group(1);
            String unit = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT);
            if (currency == null && unit == null) {
                continue;
            }
            Long rupiah = value(m.group(2), m.group(3), unit);
            if (rupiah != null) {
                amounts.add(new Amount(m.start(), m.end(), rupiah));
            }
        }
        amounts.sort(java.util.Comparator.comparingInt(Amount::start));
        return amounts;
    }

    private static Long value(String whole, String fraction, String unit) {
        String number = whole.replace(".", "").replace(",", "");
        if (number.length() > 18) {
            return null;
        }
        BigDecimal value = new BigDecimal(fraction == null ? number : number + "." + fraction);
        long multiplier = unit == null ? 1L : UNITS.get(unit);
        BigDecimal rupiah = value.multiply(BigDecimal.valueOf(multiplier));
        return rupiah.compareTo(LIMIT) > 0 ? null : rupiah.longValue();
    }

    /** A cheap test before the word pattern: most messages name no "juta", "jt", "ribu" or "rb". */
    private static boolean hasUnitWord(String text) {
        return text.contains("jt")
                || text.contains("jta")
                || text.contains("juta")
                || text.contains("rb")
                || text.contains("ribu")
                || text.contains("rebu");
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
