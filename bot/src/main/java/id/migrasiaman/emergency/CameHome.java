package id.migrasiaman.emergency;

import id.migrasiaman.nlp.Analysis;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A writer who worked abroad and says they are home now ("sa dulu karja di sawit di tawau, sekarang
 * su pulang"): Indonesia's numbers come first, but a later "bos pukul sa sekarang di mess" may be
 * written from a workplace abroad again, so the country they came from is kept ({@link
 * PlaceMemory}) and its own numbers follow under "Still in Malaysia?" (lead's chat trial, round 22:
 * the alarm showed Indonesia's numbers and a row of flags to pick from).
 */
final class CameHome {

    /** The country abroad, and the Malaysian region its mission covers when one was named. */
    record From(String country, MalaysiaRegions region) {}

    /** Home now: said as done, never a plan ("mau pulang"). */
    private static final Pattern HOME_NOW =
            Pattern.compile(
                    "\\b(sudah pulang|su pulang|sdh pulang|udah pulang|sudah balik|su balik"
                            + "|sudah di rumah|su di rumah|sudah di kampung|su di kampung"
                            + "|back home|already home|came home|came back|am home now)\\b");

    private CameHome() {}

    /** The country abroad {@code analysis}'s text says the writer came home from, if it does. */
    static Optional<From> said(Analysis analysis) {
        if (analysis == null || analysis.text() == null) {
            return Optional.empty();
        }
        String text = analysis.text().toLowerCase(Locale.ROOT);
        if (!HOME_NOW.matcher(text).find()) {
            return Optional.empty();
        }
        Optional<MalaysiaRegions> region = MalaysiaRegions.in(text);
        Optional<String> country =
                Stream.of(
                                analysis.entities().destinations().stream(),
                                Countries.citiesIn(text).stream(),
                                region.map(r -> "MY").stream())
                        .flatMap(s -> s)
                        .filter(c -> !"ID".equals(c) && !AtSea.is(c))
                        .findFirst();
        return country.map(c -> new From(c, "MY".equals(c) ? region.orElse(null) : null));
    }
}
