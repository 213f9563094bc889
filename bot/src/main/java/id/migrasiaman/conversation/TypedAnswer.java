package id.migrasiaman.conversation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A short typed word that stands for a button of a flow: "lewati", "ga tau" or "skip" skip a step,
 * "kembali" goes back one, "batal" or "ga jadi" cancels, "ya" and "tidak" answer a yes/no step.
 * Only the whole message counts ("lewat Batam" answers the route, it does not skip). Found by
 * trying the bot as users would: "skip", "I don't know", "kembali" and "⬅️" were stored as a name,
 * a place or a date, and "lewati" at the evidence step got "write your answer as text". Chat
 * spellings ("yaa", "kirimm") and emoji ("✅ Ya", "Kirim 📨") are the same words (trial 19, D25).
 */
public enum TypedAnswer {
    SKIP,
    BACK,
    CANCEL,
    YES,
    NO,
    /** "kirim", the word of a send button: the only typed word besides a plain yes that sends. */
    SEND;

    /** The yes words that answer "send this?" on their own; "ok", "ada" or "bisa" do not. */
    private static final Set<String> PLAIN_YES =
            Set.of("ya", "iya", "yes", "ya kirim", "iya kirim", "ok kirim", "oke kirim");

    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1+");

    private static final Pattern NOISE = Pattern.compile("(?U)[^\\p{L}\\p{N}' ]+");

    private static final Map<String, TypedAnswer> WORDS = new HashMap<>();

    static {
        add(
                SKIP,
                "lewati",
                "lewat saja",
                "lewati saja",
                "skip",
                "skip aja",
                "next",
                "lanjut",
                "tidak tahu",
                "tdk tahu",
                "tdk tau",
                "tidak tau",
                "ga tau",
                "gak tau",
                "gatau",
                "gk tau",
                "nggak tahu",
                "ngga tau",
                "belum tahu",
                "blm tau",
                "sonde tau",
                "son tau",
                "beta sonde tau",
                "sa sonde tau",
                "i don't know",
                "i dont know",
                "don't know",
                "dont know",
                "idk",
                "not sure",
                "unknown",
                "kosong",
                "none",
                "n a",
                "na");
        add(BACK, "kembali", "back", "balik", "mundur", "sebelumnya", "go back");
        add(
                CANCEL,
                "batal",
                "batalkan",
                "cancel",
                "ga jadi",
                "gak jadi",
                "gk jadi",
                "nggak jadi",
                "tidak jadi",
                "tdk jadi",
                "sonde jadi",
                "son jadi",
                "never mind",
                "nevermind",
                "stop");
        add(
                YES, "ya", "iya", "y", "yes", "yup", "ok", "oke", "okay", "boleh", "mau", "ya mau",
                "iya mau", "bisa", "betul", "benar", "ada", "ya ada", "iya ada", "sure");
        add(
                NO,
                "tidak",
                "tdk",
                "gak",
                "ga",
                "gk",
                "nggak",
                "ngga",
                "enggak",
                "no",
                "nope",
                "sonde",
                "son",
                "jangan",
                "tidak mau",
                "ga mau",
                "gak mau",
                "tidak ada",
                "tdk ada",
                "ga ada",
                "gak ada",
                "sonde ada",
                "no one",
                "nobody");
        add(
                SEND,
                "kirim",
                "kirimkan",
                "kirim laporan",
                "kirim sekarang",
                "krm",
                "send",
                "send it",
                "send report",
                "ya kirim",
                "iya kirim",
                "ok kirim",
                "oke kirim");
    }

    /** What {@code text} stands for, if it is nothing but one of these words. */
    public static Optional<TypedAnswer> of(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        if (text.strip().equals("⬅️") || text.strip().equals("⬅") || text.strip().equals("←")) {
            return Optional.of(BACK);
        }
        String words = words(text);
        TypedAnswer found = WORDS.get(words);
        if (found == null) {
            // "yaaa", "kirimm", "lanjutt": a letter held down is the same word.
            found = WORDS.get(REPEATS.matcher(words).replaceAll("$1"));
        }
        if (found == null) {
            // "sy tdk tau", "saya tidak tahu": a leading "I" before "don't know" is still a skip.
            String bare = words.replaceFirst("^(sy|saya|sa|beta|aku|i) ", "");
            found = WORDS.get(bare) == SKIP ? SKIP : null;
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether {@code text} is a plain yes ("ya", "iya kak", "yaaa ✅") or the send word: the answers
     * that may send a report from its summary. "ok", "boleh" or "ada" typed quickly may answer an
     * earlier question, so they do not send on their own (trial 19, D20).
     */
    public static boolean sends(String text) {
        Optional<TypedAnswer> word = of(text);
        if (word.isEmpty() || word.get() != YES && word.get() != SEND) {
            return false;
        }
        String words = words(text);
        return word.get() == SEND
                || PLAIN_YES.contains(words)
                || PLAIN_YES.contains(REPEATS.matcher(words).replaceAll("$1"));
    }

    /** {@code text} in lower case without punctuation, emoji or a polite ending. */
    private static String words(String text) {
        String words =
                NOISE.matcher(text.toLowerCase(Locale.ROOT))
                        .replaceAll(" ")
                        .strip()
                        .replaceAll("\\s+", " ");
        // A trailing "kak", "ka", "sir", "dulu" or "aja" is politeness, not part of the answer.
        return words.replaceAll("\\s+(kak|ka|kakak|sir|dulu|aja|saja|ee|e|please|pls)$", "");
    }

    /**
     * "I don't know" with a few words more ("sy tdk tau dia dmn", "i don't know where she is"): an
     * answer that says nothing is known, not a sign of danger.
     */
    private static final Pattern DONT_KNOW =
            Pattern.compile(
                    "^((sy|saya|sa|beta|aku|kami|i|we) )?((jg|juga|also) )?"
                            + "((tidak|tdk|ga|gak|gk|nggak|ngga|belum|blm|sonde|son) (tahu|tau)"
                            + "|(don't|dont|do not) know)( \\S+){0,3}$");

    /**
     * Whether {@code text} only says that the person does not know (a skip, or with a few words).
     */
    public static boolean dontKnow(String text) {
        if (of(text).filter(a -> a == SKIP).isPresent()) {
            return true;
        }
        if (text == null || text.length() > 60) {
            return false;
        }
        String words =
                NOISE.matcher(text.toLowerCase(Locale.ROOT))
                        .replaceAll(" ")
                        .strip()
                        .replaceAll("\\s+", " ");
        return DONT_KNOW.matcher(words).matches();
    }

    private static void add(TypedAnswer answer, String... words) {
        for (String word : words) {
            WORDS.put(word, answer);
        }
    }
}
