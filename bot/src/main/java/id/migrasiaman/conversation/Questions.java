package id.migrasiaman.conversation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message is asked as a question, in Indonesian, chat spelling, Kupang Malay or English.
 */
public final class Questions {

    private static final Pattern QUESTION_WORD =
            Pattern.compile(
                    "(?U)\\b(apa|apakah|apa\\s*saja|bagaimana|gimana|gmn|bgmn|berapa|brp|dimana"
                            + "|di\\s+mana|dmn|kemana|ke\\s+mana|kmn|pi\\s+mana|kapan|siapa|sapa"
                            + "|kenapa|mengapa|knp|bolehkah|bisakah|haruskah|karmana|bagemana|cara"
                            + "|ciri|ciri2|how|what|where|when|who|why|which)\\b");

    /** A question particle at the end: "… perlu gk", "… betul ko", "… harus ikut kah". */
    private static final Pattern QUESTION_END =
            Pattern.compile(
                    "(?U)\\b(gk|gak|ga|nggak|ngga|enggak|ndak|tidak|ko|kah|ka|sonde|or not)\\W*$");

    private Questions() {}

    /** A question mark, a question word, or a question particle at the end. */
    public static boolean isQuestion(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.indexOf('?') >= 0
                || QUESTION_WORD.matcher(lower).find()
                || QUESTION_END.matcher(lower.strip()).find();
    }
}
