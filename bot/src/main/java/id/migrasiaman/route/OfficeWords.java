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
                    // "kantor polisi di mana?" after the bot advised a police report (trial 17, D1)
                    name(
                            "polres-kupang",
                            "polres|polres kupang|kantor polisi|kantor polres|polisi di mana"
                                    + "|polisi dimana|polisi dmn|police station"));

    /** Its address, hours, days or phone: always about the office itself. */
    private static final Pattern ASKS_DETAIL =
            Pattern.compile(
                    " (alamat|alamatnya|almt|lokasi|lokasinya|letak|letaknya|kantornya|kantor nya"
                            + "|buka|bukanya|tutup|jam kerja|jam layanan|jam operasional|jam berapa"
                            + "|jam brp|hari apa|hari kerja|telepon|telpon|telp|tlp|nomor|nomer|no hp"
                            + "|no wa|whatsapp|wa|kontak|kontaknya|hubungi|address|located|location"
                            + "|open|opening|hours|closed|phone|contact|reach|number|hotline|call) ");

    /** Where it is: about the office unless the question asks where to do a step. */
    private static final Pattern ASKS_WHERE =
            Pattern.compile(" (di mana|dimana|dmn|dmna|pi mana|ada di mana|where) ");

    /** Doing a step somewhere: "where do I register", "langkah pertama pi mana". */
    private static final Pattern DOING =
            Pattern.compile(
                    " (daftar|mendaftar|pendaftaran|register|registrasi|langkah|urus|mengurus"
                            + "|bikin|buat|apply|sign up|step|steps|first) ");

    /** Words for the seaman's book, which FACTS does not cover. */
    private static final Pattern SEAMANS_BOOK =
            Pattern.compile(
                    " (buku pelaut|seaman book|seamans book|seaman s book|seafarer book"
                            + "|seafarers book|seafarer s book|seaman book nya|sid pelaut) ");

    /** Asking where or how to get it (not whether it is needed: that is a documents question). */
    private static final Pattern GETTING =
            Pattern.compile(
                    " (di mana|dimana|dmn|dmna|pi mana|where|bikin|bekin|urus|mengurus|cara|how"
                            + "|tempat|dapat|dapet|dapa|get|apply|biaya|berapa|brp|cost) ");

    private OfficeWords() {}

    /** The office a question asks the address, hours or contact of, if any. */
    static Optional<String> officeAskedFor(String text) {
        String padded = Words.padded(text);
        boolean aboutTheOffice =
                ASKS_DETAIL.matcher(padded).find()
                        || (ASKS_WHERE.matcher(padded).find() && !DOING.matcher(padded).find());
        if (!aboutTheOffice) {
            return Optional.empty();
        }
        return NAMES.stream()
                .filter(n -> n.words().matcher(padded).find())
                .map(Name::officeId)
                .findFirst();
    }

    /** The offices {@code text} names, whatever it asks about them. */
    static List<String> officesNamed(String text) {
        String padded = Words.padded(text);
        return NAMES.stream()
                .filter(n -> n.words().matcher(padded).find())
                .map(Name::officeId)
                .distinct()
                .toList();
    }

    /** Whether the text asks where or how to get a seaman's book. */
    static boolean seamansBook(String text) {
        String padded = Words.padded(text);
        return SEAMANS_BOOK.matcher(padded).find() && GETTING.matcher(padded).find();
    }

    private static Name name(String officeId, String words) {
        return new Name(officeId, Pattern.compile(" (" + words + ") "));
    }
}
