package id.migrasiaman.conversation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The reply languages: Indonesian first, English on request. */
public final class Languages {

    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";

    /**
     * Everyday Indonesian and Kupang Malay words that English does not use: two of them in a text
     * the language model took for English ("ba'i, beta mau tanya sadiki" got the English menu in a
     * black-box trial) keep the reply in Indonesian.
     */
    private static final Set<String> INDONESIAN_WORDS =
            Set.of(
                    "beta",
                    "sa",
                    "saya",
                    "sy",
                    "aku",
                    "mau",
                    "tanya",
                    "sonde",
                    "son",
                    "pung",
                    "ko",
                    "kak",
                    "kaka",
                    "kakak",
                    "ada",
                    "di",
                    "yang",
                    "yg",
                    "tidak",
                    "tdk",
                    "gak",
                    "ga",
                    "dan",
                    "ini",
                    "itu",
                    "apa",
                    "bisa",
                    "kerja",
                    "karja",
                    "dia",
                    "deng",
                    "dengan",
                    "ju",
                    "su",
                    "pi",
                    "ke",
                    "dari",
                    "untuk",
                    "sudah",
                    "belum",
                    "mana",
                    "bagaimana",
                    "gimana",
                    "berapa",
                    "tolong",
                    "anak",
                    "bapa",
                    "mama",
                    "kami",
                    "kita",
                    "orang",
                    "kalau",
                    "kalo",
                    "sama",
                    "juga",
                    "tapi",
                    "atau",
                    "biaya",
                    "lama",
                    "paspor",
                    "kapan",
                    "harus",
                    "perlu",
                    "bayar",
                    "gaji",
                    "berangkat",
                    "daftar",
                    "buat",
                    "bikin",
                    "cara",
                    "syarat",
                    "jadi",
                    "hari",
                    "bulan",
                    "tahun",
                    "sampai",
                    "lewat",
                    "pakai",
                    "cukup",
                    "minggu",
                    "depan",
                    "masih",
                    "saja",
                    "dulu",
                    "nanti",
                    "kenapa",
                    "siapa",
                    "boleh",
                    "punya",
                    "uang",
                    "doi",
                    "lanjut",
                    "langkah",
                    "mengerti",
                    "cek",
                    "periksa",
                    "kesehatan",
                    "resmi",
                    "satgas",
                    "laporan",
                    "lapor");

    /** Words of the list above that English also uses: never enough alone to keep Indonesian. */
    private static final Set<String> ALSO_ENGLISH =
            Set.of(
                    "son",
                    "mama",
                    "di",
                    "beta",
                    "pi",
                    "ko",
                    "ga",
                    "su",
                    "ju",
                    "ke",
                    "lama",
                    "sama",
                    "ada",
                    // "my back is sore": the afternoon greeting is also an English word.
                    "sore",
                    // The task force's name, which English writers use too ("the Satgas").
                    "satgas");

    /**
     * Short everyday words that are Indonesian only (a greeting, thanks, a plea), beside the above.
     */
    private static final Set<String> SHORT_INDONESIAN =
            Set.of(
                    "makasih",
                    "terima",
                    "kasih",
                    "terimakasih",
                    "bantu",
                    "bantuan",
                    "darurat",
                    "halo",
                    "selamat",
                    "pagi",
                    "siang",
                    "sore",
                    "malam",
                    "permisi",
                    "maaf",
                    "dong",
                    "kakak",
                    "tolonglah");

    private Languages() {}

    /**
     * Whether {@code text} has two or more everyday Indonesian or Kupang Malay words, or one that
     * English never uses: an Indonesian sentence with an English loanword ("berapa biaya medical
     * check up?", "halo, help dong hehe" — trial 13, D30) is Indonesian.
     */
    public static boolean hasIndonesianWords(String text) {
        int found = 0;
        for (String word : words(text)) {
            boolean indonesian = INDONESIAN_WORDS.contains(word) || SHORT_INDONESIAN.contains(word);
            if (indonesian && (!ALSO_ENGLISH.contains(word) || ++found >= 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether at least half the words of a short {@code text} are everyday Indonesian ("biaya MCU
     * berapa", "ok makasih"): after English, such a message brings Indonesian back.
     */
    public static boolean mostlyIndonesian(String text) {
        int words = 0;
        int indonesian = 0;
        for (String word : words(text)) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (INDONESIAN_WORDS.contains(word) || SHORT_INDONESIAN.contains(word)) {
                indonesian++;
            }
        }
        return words > 0 && indonesian * 2 >= words;
    }

    /**
     * Names of places and administrative units, which an English writer uses as they are ("figures
     * for Kabupaten Kupang"): left out when the language of a text is read.
     */
    private static final Pattern PLACE_NAMES =
            Pattern.compile(
                    "(?iU)\\b(kabupaten|kab|kota|kecamatan|kec|kelurahan|desa|provinsi|kupang|ntt"
                            + "|nusa tenggara timur|oelamasi|amarasi( barat| timur| selatan)?"
                            + "|tenau|bolok|soe|atambua|timor)\\b");

    /** {@code text} without names of places ({@link #PLACE_NAMES}). */
    public static String withoutPlaceNames(String text) {
        return PLACE_NAMES.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** The lower-case words of {@code text} (letters only; may hold an empty first word). */
    /** The number of words of {@code text} with a letter or a digit (emoji are none). */
    public static int wordCount(String text) {
        int count = 0;
        for (String word : text.strip().split("\\s+")) {
            if (LETTER_OR_DIGIT.matcher(word).find()) {
                count++;
            }
        }
        return count;
    }

    private static final java.util.regex.Pattern LETTER_OR_DIGIT =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).strip().split("[^\\p{L}]+");
    }

    /** The reply language for a client language code: English only when the client says so. */
    public static String fromHint(String hint) {
        return hint != null && hint.toLowerCase(Locale.ROOT).startsWith("en")
                ? ENGLISH
                : INDONESIAN;
    }
}
