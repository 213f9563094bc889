package id.migrasiaman.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Places a message delivered twice against the kills of the kill -9 driver. The fake Bot API
 * stamps a request when its server thread gets to it, which can be after the driver took the
 * signal's time although the killed process wrote the request before it died (the bytes were in
 * the socket): a copy first delivered "after" a kill by a few milliseconds is one in flight at that
 * kill. Round 12's driver looked only at the next kill at or after the first copy, so such a copy
 * read as "21,003 ms before a kill" (the next one) while it was 0 ms from the one before.
 */
final class KillWindows {

    /** One kill: when the signal was sent and when the process was gone (epoch ms). */
    record Kill(long signalled, long gone) {}

    /** How far from a kill a first copy may be and still count as in flight at it (ms). */
    static final long IN_FLIGHT = 1_000;

    private KillWindows() {}

    /** The kill whose signal is nearest to {@code first}, or null if there was none. */
    static Kill nearest(long first, List<Kill> kills) {
        return kills.stream()
                .min(Comparator.comparingLong(k -> Math.abs(k.signalled() - first)))
                .orElse(null);
    }

    /** Whether {@code first} was within {@link #IN_FLIGHT} of a kill (before or after it). */
    static boolean atAKill(long first, List<Kill> kills) {
        Kill k = nearest(first, kills);
        return k != null && Math.abs(k.signalled() - first) <= IN_FLIGHT;
    }

    /** "first copy 3 ms after kill #2's signal (gone after 51 ms), copy after 16,512 ms". */
    static String describe(long first, long copy, List<Kill> kills) {
        Kill k = nearest(first, kills);
        String copyAfter = String.format(Locale.ROOT, "copy after %d ms", copy - first);
        if (k == null) {
            return "no kill; " + copyAfter;
        }
        long offset = first - k.signalled();
        return String.format(
                Locale.ROOT,
                "first copy %d ms %s kill #%d's signal (process gone %d ms after it)%s, %s",
                Math.abs(offset),
                offset < 0 ? "before" : "after",
                kills.indexOf(k) + 1,
                k.gone() - k.signalled(),
                Math.abs(offset) <= IN_FLIGHT ? "" : " - NOT AT A KILL",
                copyAfter);
    }
}
