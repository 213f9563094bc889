package id.migrasiaman.system;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Kupang's time zone (WITA, UTC+8), in which every date shown to people or staff is written. */
public final class Wita {

    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private Wita() {}

    /** A formatter for {@code pattern} in WITA, with Indonesian month names. */
    public static DateTimeFormatter format(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag("id")).withZone(ZONE);
    }
}
