package id.migrasiaman.safety;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a past year told as the time of the events ("in 1998", "tahun 2010", "thn 2019"), which
 * makes a harm in the message a story about the past. A year after "sejak", "since" or "dari"
 * starts something that may still go on, and a number of ringgit or dollars is no year.
 */
final class PastYears {

    private static final Pattern YEAR =
            Pattern.compile(
                    "(?i)(?:\\b(sejak|sjk|since|dari|from|mulai)\\s+(?:tahun\\s+|thn\\s+|th\\s+)?)?"
                            + "(?<![\\d$.,]|rp|rm|rp\\s|rm\\s)((?:19[5-9]|20\\d)\\d)(?!\\d|[.,]\\d)"
                            + "(?!\\s*(?:ringgit|rm|dollars?|dolar|usd|sgd|hkd|ntd?|riyal|yuan|ribu|rb|juta"
                            + "|won|baht|rupiah|riel|kyat|peso|yen|\\$))");

    private PastYears() {}

    static boolean in(String text) {
        int thisYear = Year.now().getValue();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (m.group(1) == null && Integer.parseInt(m.group(2)) < thisYear) {
                return true;
            }
        }
        return false;
    }
}
