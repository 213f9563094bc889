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

    /**
     * A worry anywhere in a message: being afraid, or the reported person seeing or learning of it
     * ("nanti dia liat ko?", "will he know?").
     */
    private static final Pattern WORRY =
            Pattern.compile(
                    "\\b(takut|khawatir|kuatir|cemas|afraid|scared|worried)\\b"
                            + "|\\b(dia|de|calo|orang\\s+itu|he|she|they)\\s+(akan\\s+|bisa\\s+|will\\s+|can\\s+)?"
                            + "(liat|lihat|tau|tahu|tau\\s+ko|see|know|find\\s+out)\\b");

    /** Reporting, said or asked about: "kalo sy lapor", "if I report him". */
    private static final Pattern REPORTING =
            Pattern.compile(
                    "\\b(lapor|laporkan|melapor|melaporkan|dilaporkan|report|reporting|reported)\\b");

    /** "tau ko sy yang lapor?", "will he know it was me?": being found out as the reporter. */
    private static final Pattern FOUND_OUT =
            Pattern.compile(
                    "\\b(tau|tahu|know|knows|find out|found out)\\b.{0,20}\\b(sy|saya|beta|sa|aku|i|me)\\b"
                            + "|\\b(nama|name|identitas|identity)\\b.{0,20}\\b(rahasia|dirahasiakan|secret"
                            + "|anonim|anonymous|disembunyikan)");

    private ReporterFear() {}

    /**
     * Whether {@code text}, outside a report, is someone afraid of being known as the reporter:
     * "kalo sy lapor, kakak itu tau ko sy yang lapor? sy takut dia marah ke sy pung keluarga"
     * (trial 12, D5). Reporting is named, and a worry or being found out.
     */
    static boolean beforeReporting(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return REPORTING.matcher(lower).find()
                && (FOUND_OUT.matcher(lower).find() || mentioned(text));
    }

    /**
     * Whether {@code text} speaks of a worry anywhere in it. Used at the steps that wait for a
     * button, where a message is not an answer: "sy ada screenshot tapi sy takut kirim, nanti dia
     * liat ko?" at the evidence step is a question to answer, not a fact for the report.
     */
    static boolean mentioned(String text) {
        return WORRY.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

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
