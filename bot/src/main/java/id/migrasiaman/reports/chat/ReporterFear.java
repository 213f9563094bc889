package id.migrasiaman.reports.chat;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reporter speaking of her own fear of being found out ("saya takut dia tahu saya yang lapor, dia
 * tetangga saya"): a worry to answer, not a fact about the recruiter or the recruits.
 */
final class ReporterFear {

    private static final Pattern FEAR =
            Pattern.compile(
                    "\\b(saya|sa|sy|beta|aku|i|i'm|im)\\s+(juga\\s+|sangat\\s+|agak\\s+)?"
                            + "(takut|khawatir|kuatir|cemas|afraid|scared|worried)\\b"
                            + "|\\b(am|feel)\\s+(afraid|scared|worried)\\b");

    private ReporterFear() {}

    /**
     * Whether {@code text} opens with the reporter's fear (at most two words before it: "tapi saya
     * takut …"); "namanya Om Beni, saya takut dia datang lagi" answers the question first and is
     * kept as the answer.
     */
    static boolean told(String text) {
        java.util.regex.Matcher fear = FEAR.matcher(text.toLowerCase(Locale.ROOT));
        if (!fear.find()) {
            return false;
        }
        String before = text.substring(0, fear.start()).trim();
        return before.isEmpty() || before.split("\\s+").length <= 2;
    }
}
