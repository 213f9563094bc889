package id.migrasiaman.stories;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a teller asks about her own story, read from the words (Indonesian, Kupang Malay, English):
 * whether her name shows and who reads it, a request to see, change, withdraw or delete it, and
 * whether a message is a question at all rather than a line of the story.
 */
final class StoryQuestions {

    private static final Pattern STORY = Pattern.compile("\\b(cerita\\w*|story|stories|kisah)\\b");
    private static final Pattern PRIVACY =
            Pattern.compile(
                    "\\b(nama|identitas|name|anonim\\w*|anonymous)\\b.*\\b(kelihatan|lihat|(di)?tampil\\w*|"
                            + "muncul|tau|tahu|ketahuan|dikenal\\w*|shown|show|see|visible|know)\\b"
                            + "|\\bsiapa\\s+(yang|yg)\\s+(baca|lihat)|\\bwho\\s+(reads|will read|sees)"
                            + "|\\b(lihat|liat|see)\\b.*\\b((di)?tampil\\w*|shown)\\b"
                            + "|\\b(anonim|rahasia|anonymous|private)\\b");
    private static final Pattern CHANGE =
            Pattern.compile(
                    "\\b(hapus|dihapus|ubah|diubah|ganti|edit|tarik|batalkan|cabut|delete|remove|"
                            + "withdraw|change|erase|take down)\\b");
    private static final Pattern STATUS =
            Pattern.compile(
                    "\\b(terkirim|tersimpan|masuk|sent|saved|sudah\\s+dibaca|dikirim|jadi\\s+dibagikan"
                            + "|dipublikasi\\w*|published|posted)\\b");
    private static final Pattern MINE =
            Pattern.compile("\\b(sa|saya|sy|beta|aku|ku|my|mine|i|tadi)\\b");
    private static final Pattern QUESTION_START =
            Pattern.compile(
                    "^(berapa|brp|bagaimana|bgmn|gimana|bisa|apa|apakah|dimana|di mana|kapan|"
                            + "siapa|kenapa|mengapa|how|what|where|when|can|is|do|does)\\b");
    private static final int QUESTION_WORDS = 15;

    /** The longest message ending in a question mark that is read as a question. */
    private static final int ENDING_QUESTION_WORDS = 25;

    private StoryQuestions() {}

    /** "Nama saya kelihatan?", "siapa yang baca?", "boleh lihat dulu yang ditampilkan?". */
    static boolean aboutPrivacy(String text) {
        return PRIVACY.matcher(lower(text)).find();
    }

    /** Privacy asked outside the story flow: only when the message is about a story. */
    static boolean aboutStoryPrivacy(String text) {
        String t = lower(text);
        return STORY.matcher(t).find() && PRIVACY.matcher(t).find();
    }

    /** "Sa mau hapus cerita sa", "can I delete my story", "cerita sa tadi sudah terkirim?". */
    static boolean aboutOwnStory(String text) {
        String t = lower(text);
        return STORY.matcher(t).find()
                && MINE.matcher(t).find()
                && (CHANGE.matcher(t).find() || STATUS.matcher(t).find());
    }

    /** "hapus kata Sabah", "ganti sedikit", "remove the word …": editing a text one wrote. */
    private static final Pattern EDIT_TEXT =
            Pattern.compile(
                    "\\b(hapus|ganti|ubah|edit|koreksi|delete|remove|change)\\s+(kata|kalimat|sedikit"
                            + "|bagian|nama|the word|the name|a word|a bit|part)\\b|\\bedit\\b");

    /** Whether {@code text} asks to edit a text ("saya mau ganti sedikit, hapus kata Sabah"). */
    static boolean editsText(String text) {
        return EDIT_TEXT.matcher(lower(text)).find();
    }

    /** A short question ("paspor berapa hari jadi?"), not a line of someone's story. */
    static boolean isQuestion(String text) {
        String t = lower(text).strip();
        int words = t.split("\\s+").length;
        if (t.endsWith("?") && words <= ENDING_QUESTION_WORDS) {
            // "oh iya beta pung ade mau pi kerja di hong kong, biaya dia harus bayar berapa?"
            // (trial 17, D15): a longer message that ends by asking is a question, not the story.
            return true;
        }
        if (words > QUESTION_WORDS) {
            return false;
        }
        return t.contains("?") || QUESTION_START.matcher(t).find();
    }

    /**
     * A story typed instead of pressing a button, no question: at least {@value #STORY_WORDS} words
     * ("Saya Yuliana dari Baun, tahun 2019 berangkat lewat om saya ke Sabah, …"), or a shorter one
     * told as the past and not as a wish ("sa dulu karja di hongkong, majikan ambil paspor").
     */
    static boolean toldInstead(String text) {
        String t = lower(text).strip();
        if (isQuestion(text) || tooShortForAStory(text)) {
            return false;
        }
        return t.split("\\s+").length >= STORY_WORDS
                || PAST.matcher(t).find() && !WISH.matcher(t).find();
    }

    /** Words that tell the past: "dulu", "pernah", "waktu itu", a year, "used to", "ago". */
    private static final Pattern PAST =
            Pattern.compile(
                    "\\b(dulu|dlu|pernah|waktu itu|wkt itu|tahun lalu|thn lalu|taun lalu|(19|20)\\d\\d"
                            + "|sudah pulang|su pulang|sdh pulang|dideportasi|used to|ago|last year"
                            + "|back then|came back|came home|was deported)\\b");

    /** "sa mau baca dulu", "aku ingin cerita dulu": a wish, not yet the story. */
    private static final Pattern WISH =
            Pattern.compile(
                    "^((sa|saya|sy|aku|beta|i)\\s+)?(mau|ingin|pengen|pingin|want|would)\\b");

    private static final int STORY_WORDS = 10;

    /** Too little to be a story: a lone digit or a word or two ("1", "ok"). */
    static boolean tooShortForAStory(String text) {
        long words =
                Pattern.compile("\\s+")
                        .splitAsStream(text.strip())
                        .filter(w -> w.codePoints().anyMatch(Character::isLetter))
                        .count();
        return words < 3;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
