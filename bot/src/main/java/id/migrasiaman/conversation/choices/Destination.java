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
    MY("Malaysia", "Malaysia", "🇲🇾"),
    HK("Hong Kong", "Hong Kong", "🇭🇰"),
    TW("Taiwan", "Taiwan", "🇹🇼"),
    SG("Singapura", "Singapore", "🇸🇬"),
    SA("Arab Saudi", "Saudi Arabia", "🇸🇦"),
    KH("Kamboja", "Cambodia", "🇰🇭"),
    MM("Myanmar", "Myanmar", "🇲🇲"),
    TH("Thailand", "Thailand", "🇹🇭"),
    KR("Korea", "Korea", "🇰🇷"),
    JP("Jepang", "Japan", "🇯🇵");

    /** Offered as the destination of a reported recruitment. */
    public static final List<Destination> REPORT = List.of(MY, HK, TW, SG, SA, KH);

    /** Offered as where a story happened (plus "another country"). */
    public static final List<Destination> STORY = List.of(MY, HK, TW, SG, SA, KR, JP);

    /**
     * Countries whose emergency numbers and missions FACTS §11 gives with a source, in the order
     * the safety layer offers them (hotlines.yml has an entry for each).
     */
    public static final List<Destination> WITH_OWN_HOTLINES = List.of(MY, SG, HK, TW);

    /**
     * The countries of the online-scam compounds (FACTS §12: Cambodia, Myanmar, Thailand), also
     * offered on the emergency's country buttons (trial 19, D29): their block names what our
     * sources have (Kemlu's hotline, Safe Travel, lapor diri) and says what they lack.
     */
    public static final List<Destination> SCAM_COMPOUNDS = List.of(KH, MM, TH);

    private final String label;
    private final String english;
    private final String flag;

    Destination(String label, String english, String flag) {
        this.label = label;
        this.english = english;
        this.flag = flag;
    }

    /** The name shown on a button, in the reply language ("en" or Indonesian). */
    public String label(String lang) {
        return "en".equals(lang) ? english : label;
    }

    /** The name with its flag, for the emergency buttons. */
    public String flagged(String lang) {
        return flag + " " + label(lang);
    }

    /** The name of the country with ISO code {@code code}, or the code itself if unknown. */
    public static String name(String code, String lang) {
        return of(code).map(d -> d.label(lang)).orElse(code);
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

    /** Whether {@code code} is offered on the emergency's country buttons. */
    public static boolean onEmergencyButtons(String code) {
        return hasOwnHotlines(code) || in(SCAM_COMPOUNDS, code);
    }
}
