package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.flows.ReportStep;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a typed message at a report step is when it is no answer to it: a bare number that is none
 * of the step's buttons ("8" from an old menu at "what happened?", trial 12 D24), or an insult
 * ("kamu bodoh bot" at "which kecamatan?"); either is kept out of the report and the step asked
 * again.
 */
final class TypedAtStep {

    /**
     * One to three digits alone, bare or in brackets ("4", "[4]" as a chat shows a button): a
     * button number, not a phone, a year or a sentence.
     */
    private static final Pattern BARE_NUMBER =
            Pattern.compile("^\\s*[\\[(]?\\s*\\d{1,3}\\s*[.)\\]]?\\s*$");

    /** Insults said to the bot, in Indonesian, Kupang Malay and English. */
    private static final Pattern INSULT =
            Pattern.compile(
                    "\\b(bodoh|bodo|goblok|goblog|tolol|bego|dungu|idiot|anjing|anjir|babi|bangsat"
                            + "|kampret|sialan|brengsek|tai|pukimai|puki|stupid|dumb|useless"
                            + "|fuck|fucking|shit)\\b");

    private TypedAtStep() {}

    /**
     * Whether {@code text} is a bare number at {@code step}, where a count is not an answer: only
     * "how many people" and "any under 18" take a number typed alone.
     */
    static boolean strayNumber(ReportStep step, String text) {
        return step != ReportStep.VICTIMS
                && step != ReportStep.MINORS
                && BARE_NUMBER.matcher(text).matches();
    }

    /** Whether {@code text} insults rather than answers. */
    static boolean insult(String text) {
        return INSULT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
