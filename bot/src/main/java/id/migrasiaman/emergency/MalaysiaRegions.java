package id.migrasiaman.emergency;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where in Malaysia a message places someone, for the mission that covers it (FACTS 11.3–11.7,
 * 15.5): Sarawak is KJRI Kuching's, Sabah KJRI Kota Kinabalu's and the Konsulat RI Tawau's (the
 * east coast), Johor, Melaka, Negeri Sembilan and Pahang KJRI Johor Bahru's, Penang, Kedah and
 * Perlis KJRI Penang's. The Malaysian hotlines then leave out the lines of the other regions (trial
 * 13, D36: Johor and Tawau numbers shown for a woman in Sarawak).
 */
enum MalaysiaRegions {
    SARAWAK("\\b(sarawak|kuching|miri|sibu|bintulu|serian)\\b", "Johor|Tawau"),
    SABAH(
            "\\b(sabah|kota kinabalu|kinabalu|tawau|sandakan|lahad datu|semporna|kunak|keningau"
                    + "|kalabakan)\\b",
            "Johor"),
    JOHOR("\\b(johor|johor bahru|johor baru|melaka|malacca|negeri sembilan|pahang)\\b", "Tawau"),
    PENANG("\\b(penang|pulau pinang|kedah|perlis)\\b", "Johor|Tawau");

    private final Pattern named;
    private final Pattern elsewhere;

    MalaysiaRegions(String named, String elsewhere) {
        this.named = Pattern.compile(named);
        this.elsewhere = Pattern.compile("\\b(" + elsewhere + ")\\b");
    }

    /** The region {@code text} names, when it names exactly one. */
    static Optional<MalaysiaRegions> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        MalaysiaRegions found = null;
        for (MalaysiaRegions region : values()) {
            if (region.named.matcher(lower).find()) {
                if (found != null) {
                    return Optional.empty();
                }
                found = region;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the hotline line {@code line} is not of another region's mission. */
    boolean covers(String line) {
        return !elsewhere.matcher(line).find();
    }

    /** The key of the line that names this region's mission ({@code emergency.region.*}). */
    String key() {
        return "emergency.region." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The key of the mission line said to the writer in danger ({@code self}: "sebutkan bahwa Anda
     * di Sarawak") or about someone else; only Sarawak's line names the person.
     */
    String key(boolean self) {
        return self && this == SARAWAK ? key() + ".self" : key();
    }

    /**
     * Malaysia's hotlines ({@code html}, blocks separated by a blank line) without the lines of the
     * missions of other regions, and this region's mission named after the list.
     */
    String narrow(String html, String missionLine) {
        StringBuilder out = new StringBuilder();
        for (String block : html.split("\n\n")) {
            String first = block.lines().findFirst().orElse("");
            if (block.startsWith("• ") && elsewhere.matcher(first).find()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(block);
        }
        return out.append("\n\n").append(missionLine).toString();
    }
}
