package id.migrasiaman.safety;

import id.migrasiaman.conversation.Questions;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question about what the rules allow ("paspor boleh dipegang agen gk?", "can the agent keep my
 * passport until I pay back the fee?", "is that allowed?") or about why something happens to many
 * people ("why are so many young people trapped by online jobs in Myanmar?"). Its harm words are
 * the subject of the question, not something said to be happening to someone now: it is answered
 * (its topic beside the hotlines), never a staff alarm. Found by sending the independent sets'
 * questions through the whole bot: on the dev sets 19 such questions raised an URGENT report (round
 * 14, answers14). A message that also says now, pleads, fears, names a child or a person at a place
 * keeps its signal ({@link DangerCheck}).
 */
final class RuleQuestions {

    /**
     * Asking for permission or legality; never a permission denied ("tidak boleh keluar", "not
     * allowed out"), which is what a person held says.
     */
    private static final Pattern PERMISSION =
            Pattern.compile(
                    "(?<!tidak |tdk |ga |gak |nggak |ngga |sonde |son |ndak |tak |jangan )"
                            + "\\b(boleh|bole|bolehkah|dibolehkan|diperbolehkan|diizinkan)\\b"
                            + "|\\b(is (it|that|this) (legal|allowed|lawful|permitted)"
                            + "|(are|is) (they|he|she|employers?|agents?|agenc(y|ies)) allowed"
                            + "|(legal|sah) (ko|kah|gk|ga|gak|tidak|tdk|sonde|son|nggak|ngga)"
                            + "|(itu|apakah|apa) (legal|sah)"
                            + "|(can|may|could) (the|an|a|my|our|his|her|their) (agent|agency"
                            + "|employer|boss|recruiter|captain|company|majikan|agen|sponsor"
                            + "|broker)"
                            + "|still in force|still applies|masih berlaku)\\b");

    /** "why are so many …", "kenapa banyak …": a question about people in general. */
    private static final Pattern WHY_SO_MANY =
            Pattern.compile(
                    "^\\W*(why|kenapa|mengapa|knp|napa|ngapa)\\b.{0,60}\\b(so many|many|banyak|byk)\\b");

    private RuleQuestions() {}

    static boolean asks(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        return Questions.isQuestion(lower)
                && (PERMISSION.matcher(lower).find() || WHY_SO_MANY.matcher(lower).find());
    }
}
