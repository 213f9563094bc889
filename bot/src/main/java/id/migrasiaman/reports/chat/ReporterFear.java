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

    static boolean told(String text) {
        return FEAR.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
