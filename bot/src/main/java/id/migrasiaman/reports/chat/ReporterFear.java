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

    /**
     * The reporter's own name or identity and its being known or kept: "sa pung nama nanti polisi
     * tau ko?", "sa pung nama jang sampe ketahuan", "is my name kept secret?" (trial 16, D7).
     */
    private static final Pattern NAME_KNOWN =
            Pattern.compile(
                    "\\b((nama|identitas)\\s+(sa|saya|sy|beta|aku|ku|ak)|(sa|saya|sy|beta|aku|ak)"
                            + "\\s+(pung|punya|pny)\\s+(nama|identitas)|namaku|my\\s+(name|identity))\\b"
                            + ".{0,40}\\b(tau|tahu|ketahuan|bocor|disebut|dirahasiakan|rahasia|aman"
                            + "|dikasi\\s+tau|dikasih\\s+tahu|diberi\\s+tahu|know|known|secret|safe"
                            + "|shared|given|find\\s+out)\\b");

    /** Being found out as the reporter: "dong tau sa yang lapor", "will they know I reported". */
    private static final Pattern KNOWN_AS_REPORTER =
            Pattern.compile(
                    "\\b(tau|tahu|ketahuan|know|knows|find\\s+out|found\\s+out)\\b.{0,25}"
                            + "\\b(sa|saya|sy|beta|aku|ak|i|me|siapa|sapa|spa|who)\\b.{0,12}"
                            + "\\b(lapor|melapor|laporkan|pelapor|pelapornya|report|reported|reporting)\\b");

    /**
     * The reporter's family learning of the report: "laporannya nanti mama aku tau ga?", "will my
     * parents be told?" (trial 18, D8: a 16-year-old's question became the recruiter's name).
     */
    private static final Pattern FAMILY_KNOWS =
            Pattern.compile(
                    "\\b(mama|mamak|mamah|mami|papa|papi|bapa|bapak|ayah|ibu|ortu|orang\\s?tua|keluarga"
                            + "|suami|istri|parents?|mum|mom|dad|family|husband|wife)\\b.{0,25}"
                            + "\\b(tau|tahu|ketahuan|dikasi\\s+tau|dikasih\\s+tau|diberi\\s+tahu"
                            + "|dikabari|know|find\\s+out|be\\s+told|told)\\b");

    /** A report, or the reporter's name, in a message: what a family could learn of. */
    private static final Pattern OWN_REPORT =
            Pattern.compile(
                    "\\b(laporan\\w*|lapor\\w*|melapor\\w*|report\\w*|nama\\s+(aku|saya|sy|sa|beta)"
                            + "|my\\s+name)\\b");

    /** A word of fear itself ("dia tau sa pung rumah" tells a fact, not a fear). */
    private static final Pattern FEARED =
            Pattern.compile("\\b(takut|khawatir|kuatir|cemas|afraid|scared|worried)\\b");

    /** Sentences of a message, each with its own end mark. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");

    private ReporterFear() {}

    /**
     * Whether {@code text}, typed at any step of a report, is the reporter's fear of being known as
     * the one who reported: her name known to the police or the recruiter, being found out. Never
     * an answer about the recruiter or the recruits.
     */
    static boolean aboutBeingKnown(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NAME_KNOWN.matcher(lower).find()
                || KNOWN_AS_REPORTER.matcher(lower).find()
                || byFamily(text)
                || FEARED.matcher(lower).find() && FOUND_OUT.matcher(lower).find();
    }

    /** Whether {@code text} asks if the reporter's family will learn of her report. */
    static boolean byFamily(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return FAMILY_KNOWS.matcher(lower).find() && OWN_REPORT.matcher(lower).find();
    }

    /**
     * {@code text} without its sentences of fear of being known ({@link #aboutBeingKnown}): what is
     * left may still tell what happened ("ada yang masih kecil. sa takut dong tau sa yang lapor"
     * keeps the first sentence).
     */
    static String withoutFear(String text) {
        StringBuilder kept = new StringBuilder();
        java.util.regex.Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            String s = sentence.group().strip();
            if (!s.isEmpty() && !aboutBeingKnown(s)) {
                kept.append(kept.isEmpty() ? "" : " ").append(s);
            }
        }
        return kept.toString();
    }

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

    /** The reported person seeing or learning of it: "nanti dia liat ko?", "will he see them?". */
    private static final Pattern SEEN =
            Pattern.compile(
                    "\\b(dia|de|calo|orang\\s+itu|he|she|they)\\s+(akan\\s+|bisa\\s+|will\\s+|can\\s+)?"
                            + "(liat|lihat|tau|tahu|see|know|find\\s+out)\\b");

    /**
     * Whether {@code text} asks if the reported person will see or learn of it: at a step that
     * waits for a button (the evidence), a worry the report answers, not a danger to ask about.
     */
    static boolean seenByThem(String text) {
        return SEEN.matcher(text.toLowerCase(Locale.ROOT)).find();
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
