package id.migrasiaman.nlp.text;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.ArrayList;
import java.util.List;

/** Finds telephone numbers in free text and writes them in E.164, reading them as Indonesian. */
public final class PhoneFinder {

    /** A number found at {@code [start, end)} of the text. */
    public record Phone(int start, int end, String e164) {}

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /**
     * Shortest Indonesian number worth a look: libphonenumber is costly, most messages have none.
     */
    private static final int MIN_DIGITS = 7;

    /**
     * Failed candidates libphonenumber may try, and numbers kept, in one message: a real message
     * names a few numbers, and each costs a parse, so a text made of thousands of numbers stays
     * fast.
     */
    private static final long MAX_TRIES = 64;

    private static final int MAX_PHONES = 32;

    public List<Phone> find(String text) {
        if (text == null || digits(text) < MIN_DIGITS) {
            return List.of();
        }
        List<Phone> phones = new ArrayList<>();
        for (PhoneNumberMatch match : UTIL.findNumbers(text, "ID", Leniency.VALID, MAX_TRIES)) {
            if (phones.size() == MAX_PHONES) {
                break;
            }
            if (dialled(match.rawString())) {
                String e164 = UTIL.format(match.number(), PhoneNumberFormat.E164);
                phones.add(new Phone(match.start(), match.end(), e164));
            }
        }
        return phones;
    }

    /**
     * People write phone numbers with a trunk 0, a + or the country code 62; a bare "25000000" is a
     * sum of money even when it happens to be a valid fixed-line number.
     */
    private static boolean dialled(String raw) {
        char first = raw.charAt(0);
        return first == '+' || first == '(' || first == '0' || raw.startsWith("62");
    }

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return count;
    }
}
