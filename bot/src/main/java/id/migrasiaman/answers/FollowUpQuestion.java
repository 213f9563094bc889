package id.migrasiaman.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
        /**
         * How long it takes. Opening hours ("jam buka"), an old system ("sistem lama") and a year
         * ("ditutup tahun 2023") are no duration, so "jam", "lama" and "tahun" do not answer it.
         */
        TIME(
                "lama kapan waktu long when time",
                "hari minggu bulan day days week weeks month months"),
        /**
         * "kalo beta pinjam di koperasi harian, bole ko?": borrowing the money to leave. A loan
         * word is enough in a short message right after an answer, whatever else it names.
         */
        LOAN(
                "pinjam pinjaman utang hutang ngutang kredit koperasi rentenir renten bunga loan"
                        + " loans borrow lender lenders moneylender",
                "pinjaman rentenir kur loan loans moneylenders lenders"),
        PLACE(
                "mana dimana kemana kantor alamat where office address",
                "kantor imigrasi disnaker bp3mi ltsa polres polda office immigration"),
        DOCUMENTS(
                "syarat dokumen berkas surat bawa document documents requirement requirements"
                        + " papers bring",
                "syarat dokumen ktp kk paspor surat akta ijazah document require passport"
                        + " certificate"),
        HOW(
                "bagaimana gimana gmn caranya cara karmana bagemana langkah terus lalu how steps next",
                ""),
        /** "What if I only try it for three months?": going anyway, for a while. */
        TRY("coba cobain coba2 sebentar sementara try trial anyway", ""),
        /** "sa su kasi foto KTP ke dia": a document already handed to the recruiter. */
        GIVEN_DOCUMENTS("", ""),
        /** "sy sudah transfer 2 juta": money already paid to the recruiter. */
        GIVEN_MONEY("", ""),
        /**
         * "tp aku ga mau bilang mama dulu, takut dilarang": going without telling the family (trial
         * 15, D5). Found by {@link FollowUpQuestion#secret}, never by a single word.
         */
        SECRET("", ""),
        /**
         * "tapi teman sa su di sana 1 tahun, aman": someone known went and is fine, so the offer
         * must be too. Found by {@link FollowUpQuestion#pushback}, never by a single word.
         */
        PUSHBACK("", "");

        private final Set<String> asking;
        private final List<String> answering;

        Aspect(String asking, String answering) {
            this.asking = asking.isEmpty() ? Set.of() : Set.of(asking.split(" "));
            this.answering = answering.isEmpty() ? List.of() : List.of(answering.split(" "));
        }

        /** Whether {@code word} asks about some aspect ("dimana", "biaya", "legal"). */
        static boolean asking(String word) {
            for (Aspect aspect : values()) {
                if (aspect.asking.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a line of an answer speaks to this aspect. */
        boolean answeredBy(String plainLine) {
            String line = " " + plainLine.toLowerCase(Locale.ROOT);
            return answering.stream()
                    .anyMatch(w -> line.contains(" " + w) || line.contains(w + " "));
        }
    }

    /** The longest message still read as "I already gave it". */
    static final int MAX_GIVEN_WORDS = 14;

    private static final Pattern ALREADY =
            Pattern.compile(
                    "\\b(su|sudah|sdh|udah|udh|uda|telah|terlanjur|telanjur|already|just)\\b");
    private static final Pattern HANDED =
            Pattern.compile(
                    "\\b(kasi|kasih|kase|kirim|kirimkan|dikirim|serahkan|serahin|berikan|kasih lihat"
                            + "|bayar|transfer|tf|setor|gave|given|sent|send|handed|paid"
                            + "|transferred)\\b");
    private static final Pattern DOCUMENT =
            Pattern.compile(
                    "\\b(ktp|kk|paspor|pasport|passport|ijazah|akta|dokumen|document|documents|nik"
                            + "|identitas|id card|kartu keluarga)\\b");
    private static final Pattern MONEY =
            Pattern.compile("\\b(uang|doi|duit|money|dp|rp|juta|jt|ribu|rb|fee)\\b|\\d");

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

    /** Someone the writer knows: a friend, a relative, a neighbour. */
    private static final Set<String> KNOWN_PEOPLE =
            Set.of(
                    "teman",
                    "temen",
                    "tmn",
                    "tman",
                    "kawan",
                    "sahabat",
                    "tamang",
                    "sepupu",
                    "saudara",
                    "sodara",
                    "kakak",
                    "kaka",
                    "kk",
                    "adik",
                    "ade",
                    "abang",
                    "om",
                    "tante",
                    "tetangga",
                    "friend",
                    "friends",
                    "cousin",
                    "cousins",
                    "sister",
                    "brother",
                    "neighbour",
                    "neighbor",
                    "mate",
                    "mates",
                    "relative",
                    "relatives");

    /** That they are fine there, or earn well: the reassurance, not a plea. */
    private static final Set<String> FINE =
            Set.of(
                    "aman",
                    "baik",
                    "bae",
                    "sukses",
                    "berhasil",
                    "lancar",
                    "senang",
                    "bagus",
                    "besar",
                    "banyak",
                    "fine",
                    "safe",
                    "ok",
                    "okay",
                    "oke",
                    "good",
                    "great",
                    "happy",
                    "well",
                    "nothing");

    /** The longest message still read as pushing back on the offer. */
    private static final int MAX_PUSHBACK_WORDS = 30;

    /** Words of going anyway ("kalau saya ...", "if I ..."): a follow-up about the offer. */
    private static final Set<String> IF_WORDS = Set.of("kalau", "kalo", "klo", "kl", "if", "what");

    private static final Set<String> I_WORDS =
            Set.of("saya", "sy", "beta", "b", "aku", "ak", "sa", "i", "we", "kami", "katong");

    /**
     * The follow-up {@code text} asks right after an offer check, or empty: besides what {@link
     * #of} reads, a message of a few more words that names an aspect ("berapa biayanya kalau lewat
     * jalur resmi?") or goes anyway ("kalau sy coba 3 bulan saja?"), without a subject of its own,
     * is about the offer just checked.
     */
    static Optional<FollowUpQuestion> afterOffer(String text) {
        if (secret(text)) {
            return Optional.of(new FollowUpQuestion(Aspect.SECRET));
        }
        Optional<Aspect> given = given(text);
        if (given.isPresent()) {
            return Optional.of(new FollowUpQuestion(given.get()));
        }
        if (pushback(words(text))
                // "om yg bawa beta tu keluarga, jadi sonde mungkin dia tipu beta to?" (D35)
                || (words(text).size() <= MAX_PUSHBACK_WORDS && RecruiterKin.trusted(text))) {
            return Optional.of(new FollowUpQuestion(Aspect.PUSHBACK));
        }
        Optional<FollowUpQuestion> plain = of(text);
        if (plain.isPresent()) {
            return plain;
        }
        List<String> words = words(text);
        if (words.isEmpty()
                || words.size() > MAX_WORDS + 2
                || words.stream().anyMatch(w -> SUBJECTS.contains(stem(w)))) {
            return Optional.empty();
        }
        Optional<Aspect> aspect = aspectOf(words);
        if (aspect.isPresent()) {
            return Optional.of(new FollowUpQuestion(aspect.get()));
        }
        boolean ifI =
                words.size() > 1
                        && IF_WORDS.contains(words.get(0))
                        && I_WORDS.contains(words.get(1));
        return ifI ? Optional.of(new FollowUpQuestion(Aspect.TRY)) : Optional.empty();
    }

    /** The follow-up {@code text} asks, or empty when it is not one. */
    static Optional<FollowUpQuestion> of(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        boolean points =
                words.stream()
                        .anyMatch(
                                w -> POINTERS.contains(w) || (w.length() > 4 && w.endsWith("nya")));
        boolean ownSubject = words.stream().anyMatch(w -> SUBJECTS.contains(stem(w)));
        if (words.stream().anyMatch(w -> Aspect.LOAN.asking.contains(stem(w)))) {
            return Optional.of(new FollowUpQuestion(Aspect.LOAN));
        }
        Optional<Aspect> aspect = aspectOf(words);
        // "where is the office?", "how long does the process take?": English has no "-nya"; "the"
        // with an aspect and no subject of its own points back as well
        boolean definite = words.contains("the") && aspect.isPresent() && !ownSubject;
        if (points || definite || (aspect.isPresent() && words.size() <= 3 && !ownSubject)) {
            return Optional.of(new FollowUpQuestion(aspect.orElse(Aspect.HOW)));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} says the writer will go without telling the family ("ga mau bilang mama
     * dulu", "jangan kasi tau bapa", "diam-diam", "I won't tell my parents").
     */
    static boolean secret(String text) {
        String plain = " " + String.join(" ", words(text)) + " ";
        return words(text).size() <= MAX_PUSHBACK_WORDS
                && (SECRETLY.matcher(plain).find() || UNTOLD_FAMILY.matcher(plain).find());
    }

    private static final Pattern SECRETLY =
            Pattern.compile(
                    " (diam diam|diam2|diem diem|diem2|rahasia|rahasiakan|secret|secretly) ");

    private static final Pattern UNTOLD_FAMILY =
            Pattern.compile(
                    " (ga|gak|nggak|ngga|enggak|tidak|tdk|ndak|sonde|son|jangan|jgn|dont|don t|not"
                            + "|won t|wont|never)( \\S+){0,2}? (bilang|kasih tau|kasi tau|kasitau"
                            + "|kase tau|kasih tahu|kasi tahu|beritahu|kasitahu|tell|izin|ijin|pamit)"
                            + "( \\S+){0,2}? (mama|mamah|mami|ibu|mace|bapak|bapa|papa|ayah|ortu"
                            + "|orang tua|orangtua|keluarga|parents|parent|mom|mum|dad|mother"
                            + "|father|family) ");

    /**
     * What a short message says was already handed over ("sa su kasi foto KTP ke dia", "I already
     * paid him 2 million"): documents first, since they cannot be taken back; else money.
     */
    static Optional<Aspect> given(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (words(text).size() > MAX_GIVEN_WORDS
                || !ALREADY.matcher(lower).find()
                || !HANDED.matcher(lower).find()) {
            return Optional.empty();
        }
        if (DOCUMENT.matcher(lower).find()) {
            return Optional.of(Aspect.GIVEN_DOCUMENTS);
        }
        return MONEY.matcher(lower).find() ? Optional.of(Aspect.GIVEN_MONEY) : Optional.empty();
    }

    /**
     * "tapi teman sa su di sana 1 tahun aman2 sa, gaji besar", "but my cousin has worked there a
     * year and she's fine": someone the writer knows and that they are fine or earn well, in a
     * message short enough to be an answer to the warning rather than a story of its own.
     */
    static boolean pushback(List<String> words) {
        List<String> plain = words.stream().map(FollowUpQuestion::unrepeated).toList();
        return !plain.isEmpty()
                && plain.size() <= MAX_PUSHBACK_WORDS
                && plain.stream().anyMatch(w -> KNOWN_PEOPLE.contains(stem(w)))
                && plain.stream().anyMatch(FINE::contains)
                && plain.stream().noneMatch(PROMISED::contains);
    }

    /**
     * Words of a promise still to come: "kata tante nanti lanjut ke malaysia, gaji besar" tells
     * what the recruiter promises, not that someone known went and is fine (trial 15, D6).
     */
    private static final Set<String> PROMISED =
            Set.of(
                    "nanti",
                    "ntar",
                    "akan",
                    "janji",
                    "dijanjikan",
                    "dijanjiin",
                    "lanjut",
                    "will",
                    "later",
                    "promise",
                    "promised",
                    "promises");

    /** "aman2" (said twice, written with a 2) is "aman". */
    private static String unrepeated(String word) {
        return word.length() > 2 && word.endsWith("2") && Character.isLetter(word.charAt(0))
                ? word.substring(0, word.length() - 1)
                : word;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
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
