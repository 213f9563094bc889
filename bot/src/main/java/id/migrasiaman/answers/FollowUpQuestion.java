package id.migrasiaman.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A short message that asks about what was just answered ("itu legal ko?", "berapa biayanya?", "is
 * it safe?"): it points back (itu, ini, tadi, -nya, it, that) or is only a few words naming one
 * aspect, and it names no subject of its own.
 *
 * @param aspect what the follow-up asks about
 */
record FollowUpQuestion(Aspect aspect) {

    /** The longest message still read as a follow-up. */
    static final int MAX_WORDS = 8;

    /** What a follow-up can ask about, with the words that ask it and the words that answer it. */
    enum Aspect {
        COST(
                "biaya bayar harga ongkos uang duit doi mahal murah gratis pungutan potongan cost"
                        + " costs fee fees pay price charge money free expensive cheap",
                "biaya bayar rp gratis pungutan ongkos potong cost fee pay free charge rupiah tarif"),
        LEGALITY(
                "legal ilegal resmi asli sah aman benar betul penipuan tipu nipu bohong calo izin"
                        + " legit real safe scam fake official licensed percaya",
                "resmi legal izin berizin terdaftar calo sip3mi licen official broker ilegal illegal"),
        TIME("lama kapan waktu long when time", "hari minggu bulan jam lama day week month hour"),
        PLACE(
                "mana dimana kemana kantor alamat where office address",
                "kantor imigrasi disnaker bp3mi ltsa office immigration"),
        DOCUMENTS(
                "syarat dokumen berkas surat bawa document documents requirement requirements"
                        + " papers bring",
                "syarat dokumen ktp kk paspor surat akta ijazah document require passport"
                        + " certificate"),
        HOW(
                "bagaimana gimana gmn caranya cara karmana bagemana langkah terus lalu how steps next",
                "");

        private final Set<String> asking;
        private final List<String> answering;

        Aspect(String asking, String answering) {
            this.asking = Set.of(asking.split(" "));
            this.answering = answering.isEmpty() ? List.of() : List.of(answering.split(" "));
        }

        /** Whether a line of an answer speaks to this aspect. */
        boolean answeredBy(String plainLine) {
            String line = " " + plainLine.toLowerCase(Locale.ROOT);
            return answering.stream()
                    .anyMatch(w -> line.contains(" " + w) || line.contains(w + " "));
        }
    }

    private static final Set<String> POINTERS =
            Set.of(
                    "itu",
                    "ini",
                    "tadi",
                    "tersebut",
                    "tsb",
                    "dia",
                    "tu",
                    "it",
                    "that",
                    "this",
                    "those",
                    "they",
                    "them");

    /** Nouns that make a short message a question of its own rather than a follow-up. */
    private static final Set<String> SUBJECTS =
            Set.of(
                    "paspor",
                    "passport",
                    "visa",
                    "ktp",
                    "bpjs",
                    "kontrak",
                    "contract",
                    "sertifikat",
                    "pelatihan",
                    "training",
                    "medical",
                    "mcu",
                    "p3mi",
                    "agen",
                    "agency",
                    "skck",
                    "tiket",
                    "ticket",
                    "lpk",
                    "ltsa",
                    "disnaker");

    /** The follow-up {@code text} asks, or empty when it is not one. */
    static Optional<FollowUpQuestion> of(String text) {
        List<String> words =
                Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> !w.isEmpty())
                        .toList();
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        boolean points =
                words.stream()
                        .anyMatch(
                                w -> POINTERS.contains(w) || (w.length() > 4 && w.endsWith("nya")));
        boolean ownSubject = words.stream().anyMatch(w -> SUBJECTS.contains(stem(w)));
        Optional<Aspect> aspect = aspectOf(words);
        if (points || (aspect.isPresent() && words.size() <= 3 && !ownSubject)) {
            return Optional.of(new FollowUpQuestion(aspect.orElse(Aspect.HOW)));
        }
        return Optional.empty();
    }

    private static Optional<Aspect> aspectOf(List<String> words) {
        for (Aspect aspect : Aspect.values()) {
            if (words.stream().anyMatch(w -> aspect.asking.contains(stem(w)))) {
                return Optional.of(aspect);
            }
        }
        boolean howMuch =
                words.stream()
                        .anyMatch(w -> w.equals("berapa") || w.equals("brp") || w.equals("barapa"));
        return howMuch ? Optional.of(Aspect.COST) : Optional.empty();
    }

    /** The word without a possessive {@code -nya} ("biayanya" asks about "biaya"). */
    private static String stem(String word) {
        return word.length() > 4 && word.endsWith("nya")
                ? word.substring(0, word.length() - 3)
                : word;
    }
}
