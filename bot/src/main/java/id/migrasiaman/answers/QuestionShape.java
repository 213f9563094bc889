package id.migrasiaman.answers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text asks something: a question mark, a question word of Indonesian, chat spelling,
 * Kupang Malay or English, or a question particle at the end ("… perlu gk", "… betul ko").
 */
final class QuestionShape {

    private static final Pattern QUESTION_WORD =
            Pattern.compile(
                    "(?U)\\b(apa|apakah|apa\\s*saja|bagaimana|gimana|gmn|gmna|bgmn|berapa|brp"
                            + "|dimana|di\\s+mana|dmn|dmna|kemana|ke\\s+mana|kmn|ke\\s+mn|pi\\s+mana"
                            + "|kapan|siapa|sapa|kenapa|mengapa|knp|ngapain|bolehkah|bisakah"
                            + "|haruskah|karmana|bagemana|cara|ciri|ciri2|how|what|where|when|who"
                            + "|why|which)\\b");

    /** A question particle at the end: "… perlu gk", "… betul ko", "… harus ikut kah". */
    private static final Pattern QUESTION_END =
            Pattern.compile(
                    "(?U)\\b(gk|gak|ga|nggak|ngga|enggak|ndak|tidak|ko|kah|ka|sonde|son|bukan"
                            + "|or not)\\W*$");

    private static final Pattern WORD = Pattern.compile("(?U)\\w+");

    private QuestionShape() {}

    static boolean isQuestion(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.indexOf('?') >= 0
                || QUESTION_WORD.matcher(lower).find()
                || QUESTION_END.matcher(lower.strip()).find();
    }

    static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
