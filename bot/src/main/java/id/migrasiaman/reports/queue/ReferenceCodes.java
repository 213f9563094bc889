package id.migrasiaman.reports.queue;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Reference codes such as {@code LPR-7K3Q-M2XA}: 40 random bits in Crockford base32 (no I, L, O,
 * U), short enough to read over the phone, random enough that codes cannot be guessed in turn.
 */
public final class ReferenceCodes {

    static final String PREFIX = "LPR";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < 8; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The canonical form of a code as a person typed it: any case, with or without dashes or
     * spaces, O for 0 and I or L for 1 (Crockford's decoding rules).
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!plain.startsWith(PREFIX) || plain.length() != PREFIX.length() + 8) {
            return Optional.empty();
        }
        String body =
                plain.substring(PREFIX.length())
                        .replace('O', '0')
                        .replace('I', '1')
                        .replace('L', '1');
        for (char c : body.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(PREFIX + "-" + body.substring(0, 4) + "-" + body.substring(4));
    }
}
