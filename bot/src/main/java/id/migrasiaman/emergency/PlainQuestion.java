package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Questions;
import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.TextAnalyser;
import id.migrasiaman.safety.DangerAssessment;
import id.migrasiaman.safety.DangerCheck;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question whose only danger words are the asking itself: a polite "tolong" or "bantu" ("tolong
 * jelaskan bedanya …"), or a fear of what might follow an action ("takut kalau lapor nanti calo
 * tahu, gmn?"). Read again without those words, it carries no danger signal of its own, neither in
 * the lexicon nor for the intent model; so it is answered instead of getting the hotlines and "is
 * anyone in danger now?", which are for weak danger signals, not for the word alone. A fear with no
 * "if" after it ("saya takut sekali"), a child, a missing person or any harm keeps the signal.
 */
final class PlainQuestion {

    /** Asking words: politeness in a question, not a call for help by themselves. */
    private static final Pattern PLEA =
            Pattern.compile(
                    "\\b(minta tolong|tolong|tolongin|tlg|bantu|bantuin|mohon|help|please|pls"
                            + "|plis)\\b");

    /** A fear of what would follow: "takut kalau …", "takut nanti …", "afraid that …". */
    private static final Pattern FEAR_OF_WHAT_IF =
            Pattern.compile(
                    "\\b(takut|tkt|khawatir|kuatir|cemas|afraid|scared|worried)"
                            + "(\\s+(?:\\S+\\s+)?(?:kalau|kalo|klo|kl|jika|jikalau|bila|apabila|nanti"
                            + "|ntar|nnti|if|that|what if)\\b)");

    private PlainQuestion() {}

    /**
     * Whether {@code text}, a question with the weak signal {@code found}, says nothing about
     * danger once its asking words are left out.
     */
    static boolean onlyTheWord(
            String text, DangerAssessment found, TextAnalyser analyser, DangerCheck danger) {
        if (!found.weak() || found.minor() || !Questions.isQuestion(text)) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String rest = FEAR_OF_WHAT_IF.matcher(PLEA.matcher(lower).replaceAll(" ")).replaceAll("$2");
        if (rest.equals(lower) || rest.isBlank()) {
            // No asking word to leave out: the signal is the message's own.
            return false;
        }
        Analysis again = analyser.analyse(rest);
        return !danger.assess(rest, again, DangerCheck.Setting.FREE).level().atLeastWeak();
    }
}
