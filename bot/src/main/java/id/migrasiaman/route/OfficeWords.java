package id.migrasiaman.route;

import id.migrasiaman.conversation.Words;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How people name the offices of {@code offices.yml} and ask where or when they are open. A name
 * alone is not enough: "daftar di disnaker" is a step, "disnaker buka jam berapa?" asks for the
 * office itself.
 */
final class OfficeWords {

    /** An office by the words people use for it, most specific first. */
    record Name(String officeId, Pattern words) {}

    private static final List<Name> NAMES =
            List.of(
                    name("bp3mi-ntt", "bp3mi|bp2mi ntt|balai pelayanan pelindungan"),
                    name("uptd-ppa-ntt", "uptd ppa|uptd ppa ntt"),
                    name(
                            "satgas-pmi-kab-kupang",
                            "satgas pmi|satgas pelindungan pmi|satgas tppo|satgas"),
                    name(
                            "disnakertrans-kab-kupang",
                            "disnaker|disnakertrans|dinas tenaga kerja|dinas nakertrans|nakertrans"
                                    + "|dinas naker|ltsa|labour office|manpower office"),
                    name(
                            "imigrasi-kupang",
                            "kantor imigrasi|imigrasi kupang|imigrasi|immigration office"
                                    + "|immigration"),
                    name("mpp-kota-kupang", "mpp|mal pelayanan publik|mall pelayanan publik"),
                    name(
                            "bpjs-tk-kupang",
                            "bpjs ketenagakerjaan|bpjs tk|bpjs naker|bp jamsostek|bpjamsostek"),
                    name("polres-kupang", "polres|polres kupang"));

    /** Where it is, when it opens, how to reach it: address, hours, days, phone. */
    private static final Pattern ASKS_WHERE_OR_WHEN =
            Pattern.compile(
                    " (alamat|alamatnya|almt|di mana|dimana|dmn|dmna|lokasi|lokasinya|letak|letaknya"
                            + "|pi mana|ada di mana|kantornya|kantor nya|buka|bukanya|tutup"
                            + "|jam kerja|jam layanan|jam operasional|jam berapa|jam brp|hari apa"
                            + "|hari kerja|sabtu|minggu|telepon|telpon|telp|tlp|nomor|nomer|no hp"
                            + "|no wa|whatsapp|wa|kontak|kontaknya|hubungi|address|where|located"
                            + "|location|open|opening|hours|closed|close|phone|contact|number"
                            + "|reach) ");

    /** Words for the seaman's book, which FACTS does not cover. */
    private static final Pattern SEAMANS_BOOK =
            Pattern.compile(
                    " (buku pelaut|seaman book|seamans book|seaman s book|seafarer book"
                            + "|seafarers book|seafarer s book|seaman book nya|sid pelaut) ");

    private OfficeWords() {}

    /** The office a question asks the address, hours or contact of, if any. */
    static Optional<String> officeAskedFor(String text) {
        String padded = Words.padded(text);
        if (!ASKS_WHERE_OR_WHEN.matcher(padded).find()) {
            return Optional.empty();
        }
        return NAMES.stream()
                .filter(n -> n.words().matcher(padded).find())
                .map(Name::officeId)
                .findFirst();
    }

    /** Whether the text is about the seaman's book. */
    static boolean seamansBook(String text) {
        return SEAMANS_BOOK.matcher(Words.padded(text)).find();
    }

    private static Name name(String officeId, String words) {
        return new Name(officeId, Pattern.compile(" (" + words + ") "));
    }
}
