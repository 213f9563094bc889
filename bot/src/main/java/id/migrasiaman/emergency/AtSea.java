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

    /**
     * The code of an emergency at sea on a boat flying {@code flag} (a country with its own
     * hotlines, e.g. "SEA-TW"), or {@link #CODE} when the flag is unknown.
     */
    static String code(String flag) {
        return flag == null || flag.isEmpty() ? CODE : CODE + "-" + flag;
    }

    /** Whether {@code country} is an emergency at sea, with or without a flag. */
    static boolean is(String country) {
        return country != null && (country.equals(CODE) || country.startsWith(CODE + "-"));
    }

    /** The flag of an at-sea code ("SEA-TW": TW), null when none. */
    static String flagOf(String country) {
        return is(country) && country.length() > CODE.length() + 1
                ? country.substring(CODE.length() + 1)
                : null;
    }

    private static final Pattern CREW =
            Pattern.compile(
                    "\\b(abk|awak kapal|kapal ikan|kapal penangkap ikan|kapal nelayan|di laut"
                            + "|tengah laut|di atas kapal|fishing (boat|vessel|ship)|at sea"
                            + "|on (a |the |his |her |their )?(boat|ship|vessel)|crew)\\b");

    /**
     * The writer is the crew member: a self word just before a crew word ("sy ABK di kapal ikan",
     * "beta masih di atas kapal", "I'm crew on a fishing vessel", "we are at sea").
     */
    private static final Pattern ABOARD_SELF =
            Pattern.compile(
                    "\\b(sy|saya|sa|beta|aku|ak|kami|katong|i|i'm|i am|im|we|we're|we are)"
                            + "(\\s+\\S+){0,3}?\\s+(abk|awak kapal|nelayan|kerja di kapal|di kapal"
                            + "|di atas kapal|di laut|tengah laut|crew|fisherman|deckhand|at sea"
                            + "|on (a |the |this |our )?(fishing )?(boat|ship|vessel))\\b");

    private AtSea() {}

    /**
     * Whether the writer is the crew member at sea ("sy ABK di kapal ikan taiwan, skrg di laut"),
     * not a family member writing for one: he is told what he can do himself first.
     */
    static boolean writtenAboard(String text) {
        if (!said(text)) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return ABOARD_SELF.matcher(lower).find() && !SomeoneElse.inDanger(text);
    }

    /** Whether {@code text} places someone on a boat at sea, not at a port in Indonesia. */
    static boolean said(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return CREW.matcher(lower).find() && !Countries.hereInIndonesia(lower);
    }
}
