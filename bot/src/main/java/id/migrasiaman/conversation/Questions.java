package id.migrasiaman.conversation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text asks something: a question mark, a question word of Indonesian, chat spelling,
 * Kupang Malay or English ("mana yang …" too), a question particle at the end ("… perlu gk", "…
 * betul ko") or closing a clause ("… ada ko, beta mau …"), or a request to be told ("tolong
 * jelaskan …").
 */
public final class Questions {

    private static final Pattern QUESTION_WORD =
            Pattern.compile(
                    "(?U)\\b(apa|apakah|apa\\s*saja|bagaimana|gimana|gmn|gmna|bgmn|berapa|brp"
                            + "|dimana|di\\s+mana|dmn|dmna|kemana|ke\\s+mana|kmn|ke\\s+mn|pi\\s+mana"
                            + "|kapan|siapa|sapa|kenapa|mengapa|knp|ngapain|bolehkah|bisakah"
                            + "|haruskah|karmana|bagemana|cara|ciri|ciri2|how|what|where|when|who"
                            + "|why|which|mana\\s+(?:yg|yang))\\b");

    /** A question particle at the end: "… perlu gk", "… betul ko", "… harus ikut kah". */
    private static final Pattern QUESTION_END =
            Pattern.compile(
                    "(?U)\\b(gk|gak|ga|nggak|ngga|enggak|ndak|tidak|ko|kah|ka|sonde|son|bukan"
                            + "|or not)\\W*$");

    /**
     * A question particle closing a clause before the rest of the message: "nama PT itu ada di
     * internet ko, beta mau cek …", "ini resmi kah, atau …".
     */
    private static final Pattern PARTICLE_THEN_MORE =
            Pattern.compile("(?U)\\b(gk|gak|nggak|ko|kah)\\s*[,;]");

    /** "boleh gk …", "bisa ko …", "aman tidak …": a yes-no question anywhere in the text. */
    private static final Pattern YES_NO =
            Pattern.compile(
                    "(?U)\\b(boleh|bole|bisa|bs|perlu|harus|hrs|musti|wajib|aman|benar|bener|betul"
                            + "|bae|legal|resmi)\\s+(gk|gak|ga|nggak|ngga|enggak|ndak|ko"
                            + "|kah|son|sonde)\\b");

    /**
     * An English question without its mark ("is crypto job in myanmar safe"), or a request for
     * something to know, as typed into a search box ("alamat kjri kota kinabalu", "help for
     * returning workers", "tanda agen palsu").
     */
    private static final Pattern ASKS_FROM_THE_START =
            Pattern.compile(
                    "(?U)^(can|could|is|are|do|does|did|should|must|may|will|would|am"
                            + "|alamat|nomor|nomer|no\\s+telp|kontak|syarat|syarat2|info|informasi"
                            + "|address|number|contact|requirements|help\\s+for|tips"
                            // "tanda lowongan palsu", "signs of a fake agency" (not "tanda tangan")
                            + "|(?:tanda|tanda2|tanda-tanda)(?!\\s+(?:tangan|terima|jadi|bukti))"
                            + "|signs\\s+of)\\b");

    /**
     * A request to be told something: "tolong jelaskan bedanya …", "kasih tau syaratnya", "please
     * explain …".
     */
    private static final Pattern TELL_ME =
            Pattern.compile(
                    "(?U)^((tolong|tlg|mohon|bisa|bs|minta|bantu|please|pls|can you|could you)\\s+)*"
                            + "(jelaskan|jelasin|jelaskn|terangkan|kasih\\s+tau|kasi\\s+tau|kasih\\s+tahu"
                            + "|kasitau|beritahu|beri\\s+tahu|infokan|explain|tell\\s+me)\\b");

    /**
     * "help aku bingung baca syaratnya" (trial 18): a plea of confusion at the start asks to be
     * told, as "jelaskan" does.
     */
    private static final Pattern CONFUSED =
            Pattern.compile(
                    "(?U)^((tolong|tlg|help|pls|please|kak|kaka|min|admin)\\s+)*"
                            + "((aku|saya|sy|sa|beta|ak|gw|gue|i\\s+am|i'm|im)\\s+)?"
                            + "(masih\\s+|agak\\s+|jadi\\s+|so\\s+)?"
                            + "(bingung|binggung|bingun|ga\\s+ngerti|gak\\s+ngerti|nggak\\s+ngerti"
                            + "|tidak\\s+mengerti|tdk\\s+ngerti|ga\\s+paham|gak\\s+paham"
                            + "|tidak\\s+paham|confused|don't\\s+understand|dont\\s+understand)\\b");

    private static final Pattern WORD = Pattern.compile("(?U)\\w+");

    private Questions() {}

    /**
     * Whether {@code text} is a question of at most {@code maxWords} words typed outside any flow
     * (the guard of the responders that answer a situation asked about in one short message).
     */
    public static boolean shortOutsideFlows(Turn turn, String text, int maxWords) {
        return turn.state().active() == null && words(text) <= maxWords && isQuestion(text);
    }

    /** Whether {@code text} asks something. */
    public static boolean isQuestion(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.indexOf('?') >= 0
                || QUESTION_WORD.matcher(lower).find()
                || QUESTION_END.matcher(lower.strip()).find()
                || PARTICLE_THEN_MORE.matcher(lower).find()
                || YES_NO.matcher(lower).find()
                || ASKS_FROM_THE_START.matcher(lower.strip()).find()
                || TELL_ME.matcher(lower.strip()).find()
                || CONFUSED.matcher(lower.strip()).find();
    }

    /** A polite word a request starts with ("tolong", "mohon", "can you"). */
    private static final String POLITE =
            "(tolong|tlg|tolongin|mohon|please|pls|plz|bisa|bs|bantu|can you|could you)";

    /**
     * What may follow it: a softener, a form of address, the asker ("tolong dong kak", "tlg sy").
     */
    private static final String FILLER =
            "(\\s+(dong|donk|dunk|ya|yah|kak|kaka|ka|min|bang|pak|bu|sy|saya|aku|beta))*[,.!:]?";

    /**
     * The request a question starts with: to be told or sent something ("tolong kirim", "mohon
     * info", "kasi tau"), to ask ("sy mau tanya", "numpang tanya"), or a bare plea ("tolong, …").
     */
    private static final Pattern COURTESY =
            Pattern.compile(
                    "(?U)^\\W*(("
                            + POLITE
                            + FILLER
                            + "\\s+)*(jelaskan|jelasin|jelaskn|terangkan|kasih\\s+tau|kasi\\s+tau"
                            + "|kase\\s+tau|kasih\\s+tahu|kasitau|beritahu|beri\\s+tahu|explain"
                            + "|tell\\s+me)|("
                            + POLITE
                            + FILLER
                            // only after a polite word: "kirim paket ke …" asks about sending
                            + "\\s+)+(kirim|kirimkan|kirimin|send\\s+me|share|bagikan|info|infokan"
                            + "|infoin)|minta\\s+(info|informasi|penjelasan)|("
                            + POLITE
                            + FILLER
                            + "\\s+)*((sy|saya|aku|beta|b)\\s+)?(mau|mo|ingin|izin|numpang|boleh)"
                            + "\\s+tanya|(tolong|tlg|mohon|please|pls))"
                            + FILLER
                            + "(?=\\s|$)");

    /** What a request to send may be about that is itself a question: money (remittance). */
    private static final Pattern MONEY =
            Pattern.compile("(?U)^(uang|duit|doi|gaji|money|dana|transfer)\\b");

    /**
     * {@code text} without a leading request ("tolong jelaskan syarat kerja ke hong kong" → "syarat
     * kerja ke hong kong", "tolong sy mau tanya, SKCK bikin di mana?" → "SKCK bikin di mana?"):
     * what is asked, for retrieval and for the reading of what it is about, so that the polite
     * words do not pull the question towards another topic ("kirim" is remittance's word, trial 19
     * D28) or out of scope. The text itself when it has none, when what is left is a single word,
     * or when what is to be sent is money. A form of address at the end goes too ("SKCK bikin di
     * mana kak?" → "SKCK bikin di mana?": the "kak" made the model read a greeting).
     */
    public static String withoutRequest(String text) {
        String asked = text.strip();
        for (int i = 0; i < 2; i++) {
            Matcher request = COURTESY.matcher(asked.toLowerCase(Locale.ROOT));
            if (!request.find() || request.end() == 0) {
                break;
            }
            String rest = asked.substring(request.end()).strip();
            if (words(rest) < 2 || MONEY.matcher(rest.toLowerCase(Locale.ROOT)).find()) {
                break;
            }
            asked = rest;
        }
        Matcher address = ADDRESS_AT_END.matcher(asked);
        if (address.find() && words(asked.substring(0, address.start())) >= 2) {
            asked = asked.substring(0, address.start()) + address.group(2);
        }
        return asked.equals(text.strip()) ? text : asked;
    }

    /** A form of address closing a question: "… di mana kak?", "… apa saja min". */
    private static final Pattern ADDRESS_AT_END =
            Pattern.compile(
                    "(?iU)[\\s,]+(kak|kaka|kakak|ka|kk|min|admin|bang|pak|bu|om|tante|sis|gan)"
                            + "(\\W*)$");

    /** The number of words in {@code text}. */
    public static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
