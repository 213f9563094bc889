package id.migrasiaman.conversation.choices;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The destination countries the bot offers on buttons, by ISO code. Each feature offers its own
 * subset ({@link #REPORT}, {@link #STORY}, {@link #WITH_OWN_HOTLINES}) but codes, names and flags
 * come from here, and a button value is accepted only when it names one of them.
 */
public enum Destination {
    MY("Malaysia", "🇲🇾"),
    HK("Hong Kong", "🇭🇰"),
    TW("Taiwan", "🇹🇼"),
    SG("Singapura", "🇸🇬"),
    SA("Arab Saudi", "🇸🇦"),
    KH("Kamboja", "🇰🇭"),
    KR("Korea", "🇰🇷"),
    JP("Jepang", "🇯🇵");

    /** Offered as the destination of a reported recruitment. */
    public static final List<Destination> REPORT = List.of(MY, HK, TW, SG, SA, KH);

    /** Offered as where a story happened (plus "another country"). */
    public static final List<Destination> STORY = List.of(MY, HK, TW, SG, SA, KR, JP);

    /**
     * Countries whose emergency numbers and missions FACTS §11 gives with a source, in the order
     * the safety layer offers them (hotlines.yml has an entry for each).
     */
    public static final List<Destination> WITH_OWN_HOTLINES = List.of(MY, SG, HK, TW);

    private final String label;
    private final String flag;

    Destination(String label, String flag) {
        this.label = label;
        this.flag = flag;
    }

    /** The name shown on a button (the same in both reply languages). */
    public String label() {
        return label;
    }

    /** The name with its flag, for the emergency buttons. */
    public String flagged() {
        return flag + " " + label;
    }

    /** The destination with ISO code {@code code}, if the bot knows it. */
    public static Optional<Destination> of(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }

    /** Whether {@code code} is one of {@code offered}. */
    public static boolean in(List<Destination> offered, String code) {
        return of(code).filter(offered::contains).isPresent();
    }

    /** Whether {@code code} names a country with its own hotlines. */
    public static boolean hasOwnHotlines(String code) {
        return in(WITH_OWN_HOTLINES, code);
    }
}
