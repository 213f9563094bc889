package id.migrasiaman.emergency;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A crew member on a boat at sea ("suami sy ABK di kapal ikan dekat Fiji", "my brother works on a
 * fishing vessel"): no land emergency number reaches a boat, and the country named is often only
 * the boat's flag or the nearest island. From Indonesia the family can reach KP2MI and the Foreign
 * Ministry's citizen-protection line (FACTS 11.1, 14.5), not the police of a country nobody is in.
 */
final class AtSea {

    /** The pseudo-country of an emergency at sea, in the emergency's state. */
    static final String CODE = "SEA";

    private static final Pattern CREW =
            Pattern.compile(
                    "\\b(abk|awak kapal|kapal ikan|kapal penangkap ikan|kapal nelayan|di laut"
                            + "|tengah laut|di atas kapal|fishing (boat|vessel|ship)|at sea"
                            + "|on (a |the |his |her |their )?(boat|ship|vessel)|crew)\\b");

    private AtSea() {}

    /** Whether {@code text} places someone on a boat at sea, not at a port in Indonesia. */
    static boolean said(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return CREW.matcher(lower).find() && !Countries.hereInIndonesia(lower);
    }
}
