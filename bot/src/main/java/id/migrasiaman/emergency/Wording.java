package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a short text written in an emergency says about itself: a clear question, a withdrawal in
 * words ("ga jadi", "salah pencet", "sorry wrong button"), a wish to report, a bare report code, a
 * question for a number, or where the person is ("sy di Takari, bukan di Malaysia").
 */
final class Wording {

    private static final Pattern QUESTION_START =
            Pattern.compile(
                    "^(berapa|brp|bagaimana|bgmn|bgm|gimana|gmn|apa|apakah|di ?mana|dimana|kemana"
                            + "|ke mana|kapan|siapa|mengapa|kenapa|bisakah|bolehkah|boleh|karmana"
                            + "|how|what|where|when|who|why|which|can|could|should|is|are|do"
                            + "|does)\\b.*");

    /** A question word anywhere, for a text that ends with "?". */
    private static final Pattern QUESTION_WORD =
            Pattern.compile(
                    " (berapa|brp|bagaimana|bgmn|bgm|gimana|gmn|apakah|dimana|di mana|kapan"
                            + "|siapa|kenapa|mengapa|bisakah|bolehkah|boleh|bisa|apa|how|what"
                            + "|where|which|who|why|is there|are there|can i|should i|do i) ");

    /** "... gak?", "... ko?", "... sih?": an Indonesian yes/no question. */
    private static final Pattern TAG_END =
            Pattern.compile(
                    "\\b(gak|ga|nggak|ngga|enggak|tidak|tdk|ko|kah|sih|kan|sonde|ya)\\s*\\?");

    /**
     * "nomor polisi brp", "KBRI pung nomor berapa ko", "nomornya brp ya": the question word at the
     * end, without a "?", perhaps with a particle after it.
     */
    private static final Pattern ENDS_ASKING =
            Pattern.compile(
                    " (berapa|brp|gimana|gmn|bgm|dimana|di mana|kapan|siapa)"
                            + "( (ko|kah|ka|ya|sih|dong|kak|kaka|e))? ?$");

    private static final Pattern WITHDRAWAL =
            Pattern.compile(
                    " (ga jadi|gak jadi|gk jadi|nggak jadi|ngga jadi|enggak jadi|tidak jadi"
                            + "|tdk jadi|sonde jadi|batal|batalkan|salah pencet|salah tekan"
                            + "|salah klik|kepencet|kepencet|ketekan|bukan darurat|tidak darurat"
                            + "|gak darurat|ga darurat|wrong button|by mistake|not an emergency"
                            + "|no emergency|false alarm|cancel|cancel it|becanda|bercanda|canda"
                            + "|cuma becanda|cuma bercanda|just kidding|only joking|kidding|prank) ");

    private static final Pattern REPORT_WISH =
            Pattern.compile(
                    " (mau|ingin|mo|pengen|pingin|mau bikin|mau buat|want to|would like to)"
                            + " (lapor|melapor|laporkan|lapor kan|melaporkan|report) ");

    private static final Pattern CODE_ONLY =
            Pattern.compile("(?i)^\\s*/?(LPR|MA)-[A-Z0-9]{4}(-[A-Z0-9]{4})?\\s*$");

    /** Asks for a number: "nomor", "hotline", "110". */
    private static final Pattern NUMBER =
            Pattern.compile(" (nomor|nmr|no|nomer|number|hotline|110|999) ");

    /** Names a service or mission that has a number: police, embassy, consulate, ambulance. */
    private static final Pattern SERVICE =
            Pattern.compile(
                    " (polisi|police|polis|kbri|kjri|konsulat|konjen|consulate|embassy|kedutaan"
                            + "|ambulans|ambulance) ");

    /**
     * What the service does with the writer, not how to reach it: "polisi nanti kasi tau nama beta
     * ke dia ko?" asks about her anonymity (trial 15, D13), "will the police arrest me?".
     */
    private static final Pattern ABOUT_THE_WRITER =
            Pattern.compile(
                    " (nama|identitas|pelapor|rahasia|tau|tahu|kasi tau|bilang|tangkap|ditangkap"
                            + "|penjara|name|identity|tell|arrest|secret|anonymous) ");

    /** Says where someone is (or is not): "sy di Takari", "she is in Penang", "bukan di". */
    private static final Pattern LOCATES = Pattern.compile(" (di|in|at|bukan|bkn|not) ");

    private static final int SHORT = 6;

    private Wording() {}

    /** Whether {@code text} is a clear question rather than news. */
    static boolean question(String text, Analysis analysis) {
        if (!analysis.entities().phones().isEmpty()) {
            return false;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        boolean mark = lower.endsWith("?");
        if (TAG_END.matcher(lower).find()) {
            return true;
        }
        boolean starts = QUESTION_START.matcher(lower).matches();
        if (mark && starts || (mark || starts) && analysis.intent() == Intent.PROCEDURE_QUESTION) {
            return true;
        }
        String words = Words.padded(text);
        return mark && QUESTION_WORD.matcher(words).find()
                || ENDS_ASKING.matcher(words).find()
                || !mark && asksFirst(lower);
    }

    /**
     * "Nomor KBRI KL berapa? Saya mau tanya diam-diam.": a first sentence that is a clear question,
     * with more said after it (D10, trial 15).
     */
    private static boolean asksFirst(String lower) {
        int end = lower.indexOf('?');
        if (end < 0) {
            return false;
        }
        String first = lower.substring(0, end + 1).strip();
        return TAG_END.matcher(first).find()
                || QUESTION_START.matcher(first).matches()
                || QUESTION_WORD.matcher(Words.padded(first)).find();
    }

    /** "ga jadi", "salah pencet tadi", "sorry wrong button": a short withdrawal. */
    static boolean withdrawal(String text) {
        String words = Words.padded(text);
        return words.strip().split(" ").length <= SHORT && WITHDRAWAL.matcher(words).find();
    }

    /** "sa mau lapor dia": the person wants to report, not to answer the danger question. */
    static boolean reportWish(String text) {
        return REPORT_WISH.matcher(Words.padded(text)).find();
    }

    /** A report code on its own ("LPR-R7JH-S5KK"): never report text. */
    static boolean codeOnly(String text) {
        return CODE_ONLY.matcher(text).matches();
    }

    /** "sa takut kak, harus bagaimana?", "what should I do?": what to do now. */
    private static final Pattern WHAT_TO_DO =
            Pattern.compile(
                    " (harus|hrs|musti|mesti) (bagaimana|bgmn|gimana|gmn|bgm|apa|bikin apa|buat apa)"
                            + "|(bagaimana|gimana|gmn|karmana) (sekarang|skrg|ini)"
                            + "|apa yang (harus|hrs) |what (should|do|can|must) (i|we) do"
                            + "|what now ");

    /** Whether {@code text} asks what to do now. */
    static boolean asksWhatToDo(String text) {
        return WHAT_TO_DO.matcher(Words.padded(text)).find();
    }

    /** "polisi nanti kasi tau nama beta ke dia ko?": whether the writer's name is passed on. */
    private static final Pattern POLICE = Pattern.compile(" (polisi|police|polis|polres|polsek) ");

    private static final Pattern OWN_NAME =
            Pattern.compile(" (nama|identitas|pelapor|name|identity|anonim|anonymous) ");

    private static final Pattern PASSED_ON =
            Pattern.compile(
                    " (tau|tahu|kasi tau|kasih tahu|kasi tahu|bilang|rahasia|dirahasiakan|bocor"
                            + "|tell|told|know|secret|give|pass) ");

    /** Whether {@code text} asks if the writer's name or identity will be passed on (D13). */
    static boolean asksAboutOwnName(String text) {
        String words = Words.padded(text);
        return OWN_NAME.matcher(words).find() && PASSED_ON.matcher(words).find();
    }

    /** "polisi nanti kasi tau nama beta?": the police's part is answered beside her name. */
    static boolean namesPolice(String text) {
        return POLICE.matcher(Words.padded(text)).find();
    }

    static boolean asksForNumber(String text) {
        String words = Words.padded(text);
        return NUMBER.matcher(words).find()
                || SERVICE.matcher(words).find() && !ABOUT_THE_WRITER.matcher(words).find();
    }

    static boolean locates(String text) {
        return LOCATES.matcher(Words.padded(text)).find();
    }
}
