package id.migrasiaman.answers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that tell of a departure within days ("berangkat sabtu", "barangkat lusa", "leaving
 * tomorrow", "su beli tiket"): with a child or a country with no placement agreement, days are all
 * the family has to stop it.
 */
final class Departures {

    private static final String LEAVE =
            "(berangkat|barangkat|brangkat|brgkt|brkt|pergi|pi|jalan|dibawa|dibawa pergi|terbang"
                    + "|naik kapal|nyebrang|menyeberang|leave|leaves|leaving|depart|departs"
                    + "|departing|fly|flies|flying|go|goes|going)";

    private static final String SOON =
            "(besok|bsk|besok pagi|lusa|hari ini|malam ini|nanti malam|ini malam|minggu (ini|depan)"
                    + "|minggu muka|pekan (ini|depan)|(hari )?(sabtu|minggu|senin|selasa|rabu|kamis"
                    + "|jumat|jumaat)( ini| depan)?|tomorrow|tonight|today|this (week|weekend"
                    + "|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|next week"
                    + "|on (saturday|sunday|monday|tuesday|wednesday|thursday|friday)"
                    + "|in (two|three|2|3|a few) days)";

    private static final Pattern SOON_DEPARTURE =
            Pattern.compile(
                    "\\b"
                            + LEAVE
                            + "\\b( \\S+){0,6} "
                            + SOON
                            + "\\b|\\b"
                            + SOON
                            + "( \\S+){0,3} "
                            + LEAVE
                            + "\\b|\\b(su|sudah|udah|sdh|telah|already)( \\S+){0,2}"
                            + " (beli|bli|pesan|booking|book|booked|bought|punya|pegang|have)"
                            + "( \\S+){0,2} (tiket|ticket|tickets)\\b");

    private Departures() {}

    /** Whether {@code text} tells of a departure within days or a ticket already bought. */
    static boolean soon(String text) {
        return SOON_DEPARTURE
                .matcher(
                        text.toLowerCase(Locale.ROOT)
                                .replaceAll("[,.!?]", " ")
                                .replaceAll("\\s+", " "))
                .find();
    }
}
