package id.migrasiaman.reports.brokers;

import java.util.List;
import java.util.Optional;

/**
 * Normalises Indonesian phone numbers to E.164, so "0812-3456 789", "62812..." and "+62812..." are
 * one key in the broker registry. Foreign numbers must already carry their "+".
 */
public final class Phones {

    private Phones() {}

    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        boolean plus = raw.strip().startsWith("+");
        String digits = raw.replaceAll("[^0-9]", "");
        String e164;
        if (plus) {
            e164 = "+" + digits;
        } else if (digits.startsWith("62")) {
            e164 = "+" + digits;
        } else if (digits.startsWith("0")) {
            e164 = "+62" + digits.substring(1);
        } else if (digits.startsWith("8")) {
            e164 = "+62" + digits;
        } else {
            return Optional.empty();
        }
        int length = e164.length() - 1;
        return length >= 8 && length <= 15 ? Optional.of(e164) : Optional.empty();
    }

    public static List<String> normaliseAll(List<String> raw) {
        return raw.stream().map(Phones::normalise).flatMap(Optional::stream).distinct().toList();
    }
}
