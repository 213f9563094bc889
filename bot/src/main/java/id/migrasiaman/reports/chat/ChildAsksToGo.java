package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Questions;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A child inside her own report asks whether she should still go ("jadi sy besok jgn pergi ya
 * kak?") or whether the recruiter can track her phone (trial 17, D5): a question to answer in plain
 * words, never a line of the report.
 */
final class ChildAsksToGo {

    /** "jgn pergi ya?", "jadi berangkat ga?", "boleh ikut?", "should I not go?" */
    private static final Pattern GOING =
            Pattern.compile(
                    "\\b(jgn|jangan|tdk|tidak|ga|gak|nggak|ngga|sonde|son|usah)\\s+(jadi\\s+)?"
                            + "(pergi|pigi|pi|berangkat|brangkat|ikut)\\b"
                            + "|\\b(jadi|boleh|harus|hrs|musti|tetap|tetep|masih)\\s+(pergi|pigi"
                            + "|berangkat|brangkat|ikut)\\b"
                            + "|\\b(pergi|berangkat|brangkat|ikut)\\s+(ga|gak|nggak|tidak|ya|kah|ko)\\b"
                            + "|\\b(should|shall|can|must)\\s+i\\s+(still\\s+)?(not\\s+)?(go|leave)\\b");

    /** "dia bisa lacak?", "can he track my phone?" */
    private static final Pattern TRACKED =
            Pattern.compile("\\b(lacak|melacak|dilacak|track|tracked|tracking|sadap|disadap)\\b");

    private ChildAsksToGo() {}

    /** Whether {@code text} asks whether to go. */
    static boolean asked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Questions.isQuestion(text) && GOING.matcher(lower).find();
    }

    /** Whether {@code text} asks whether the recruiter can track the phone. */
    static boolean aboutTracking(String text) {
        return TRACKED.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
