package id.migrasiaman.safety;

import id.migrasiaman.nlp.Analysis;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.Normaliser;
import java.util.List;
import java.util.Set;

/**
 * Tiers a message by how sure it is that someone is in danger now. {@link DangerLevel#STRONG}, the
 * tier that raises a staff alarm, needs a concrete harm ("dikunci", "paspor ditahan", "dipukul",
 * "ditangkap", people moved at night, a sinking boat) that is not a past story, a question about
 * the rules, or a broker's habit. The intent model alone never raises an alarm: it files everyday
 * "tolong" and "help" as emergencies too eagerly. A bare call for help, fear, a missing person, a
 * downgraded harm, or a message the model files as an emergency is {@link DangerLevel#WEAK}: the
 * bot shows the hotlines and asks, and one tap raises the alarm. Thread-safe.
 */
public final class DangerCheck {

    /** Where the message was written: telling a story makes harm words past unless said now. */
    public enum Setting {
        FREE,
        STORY
    }

    /** Above this a broker report that names a harm without a plea is a report, not an alarm. */
    static final double BROKER_REPORT_CONFIDENCE = 0.7;

    /** A question or an offer check this sure is not an alarm unless it says "now". */
    static final double QUESTION_CONFIDENCE = 0.6;

    /** Below this the intent model is unsure of its reading (a rule question, {@link #level}). */
    static final double UNSURE_CONFIDENCE = 0.5;

    /** Above this an everyday or greeting message with a bare plea is no sign of danger. */
    static final double EVERYDAY_CONFIDENCE = 0.8;

    /**
     * From this confidence the intent model's "emergency" is a confident signal when the text also
     * names someone (a relative, an employer or agent) or a place abroad or in transit, says it is
     * happening now, places a person there or names a child ({@link #SAID_NOW_OR_PLACED}; fear or a
     * lost contact alone is not enough: "adik saya tidak bisa dihubungi" stays weak), and is not a
     * polite request or errand, nor told as past, a story, a rule question or an everyday trouble:
     * calm wording that the lexicon's cue pairs do not know yet is often wording the model has
     * learnt. A bare "tolong" or "saya takut" stays weak however sure the model is. Chosen on the
     * dev sets (w3, w4, w5, final2, final3 and tuning.tsv, about 700 ordinary messages): at 0.85 no
     * ordinary message was promoted, three missed emergencies were.
     */
    static final double MODEL_CONFIDENCE = 0.85;

    /**
     * From this confidence a plea and a fear together, with someone named, are a confident signal
     * (round 14: on every dev set no ordinary message reached it; see {@link #level}).
     */
    static final double MODEL_PLEA_CONFIDENCE = 0.95;

    /**
     * With a sure model and someone named: the kinds that make it more than a polite "tolong kak".
     */
    private static final Set<String> SAID_NOW_OR_PLACED = Set.of("now", "concrete", "minor");

    private static final Set<String> ALWAYS_READ =
            Set.of("harm", "inferred", "plea", "worry", "minor", "errand", "concrete", "party");

    /** Laughing emoji, which the normaliser drops: 😂 🤣 😆 😅 😁 😄 😹. */
    private static final java.util.regex.Pattern LAUGH =
            java.util.regex.Pattern.compile(
                    "[\\x{1F602}\\x{1F923}\\x{1F606}\\x{1F605}\\x{1F601}\\x{1F604}\\x{1F639}]");

    /** Music notes (🎵 🎶 🎤 🎸): a line of a song, which the normaliser drops. */
    private static final java.util.regex.Pattern SONG =
            java.util.regex.Pattern.compile("[\\x{1F3B5}\\x{1F3B6}\\x{1F3A4}\\x{1F3B8}]");

    private static final Set<String> KUPANG_SECOND_READ =
            Set.of("harm", "inferred", "plea", "worry", "minor", "errand");

    private final DangerLexicon lexicon;

    public DangerCheck(Normaliser normaliser) {
        this.lexicon = new DangerLexicon(normaliser);
    }

    /** The verdict on {@code text}, which the intent model read as {@code analysis}. */
    public DangerAssessment assess(String text, Analysis analysis, Setting setting) {
        if (text == null || text.isBlank()) {
            return DangerAssessment.NONE;
        }
        String language = analysis != null && "en".equals(analysis.language()) ? "en" : "id";
        List<String> primary = lexicon.tokens(text, language);
        boolean minorAge = MinorAges.in(text);
        Set<String> kinds = kinds(primary, minorAge, Set.of());
        if (PastYears.in(text) && !kinds.contains("turned")) {
            kinds.add("past");
            kinds.add("dated");
        }
        if (LAUGH.matcher(text).find() || SONG.matcher(text).find()) {
            // "help me if you can I'm feeling down 🎵": a song quoted, not a call for help
            // "help!!! i burn the rice again 😂": someone laughing is not in danger
            kinds.add("errand");
            // "TOLONG SAYA DICULIK ALIEN DI BULAN 🛸😂": danger told laughing is asked about first
            kinds.add("jest");
        }
        List<String> secondary = lexicon.tokens(text, "en".equals(language) ? "id" : "en");
        // Kupang "son" (not) reads as "son" (anak) in English: no one is named by that reading
        kinds.addAll(
                kinds(
                        secondary,
                        minorAge,
                        analysis != null && "mkn".equals(analysis.language())
                                ? KUPANG_SECOND_READ
                                : ALWAYS_READ));
        boolean minor = kinds.contains("minor");
        if (kinds.contains("concrete") && text.indexOf('?') >= 0) {
            kinds.remove("concrete");
        }
        // "tolong" or "help" whose object is plainly everyday (homework, a slow phone, a recipe,
        // thanks, a laugh) is no call for help, unless harm, a child or a person at a place abroad
        // or in transit is named; fear stays a cue. The plea is dropped from the signals too, so
        // after an alarm such a text is not taken for news about the danger.
        boolean errand =
                kinds.contains("errand")
                        && !kinds.contains("harm")
                        && !kinds.contains("inferred")
                        && !kinds.contains("concrete")
                        && !minor;
        kinds.remove(errand ? "plea" : "errand");
        if (errand && !kinds.contains("party")) {
            // "help, the bot menu disappeared", "SOS my battery is dead": no one to fear for
            kinds.remove("worry");
        }
        everydayWorry(kinds);
        ruleQuestion(text, kinds);
        DangerLevel level = level(kinds, analysis, setting);
        return new DangerAssessment(level, minor, kinds);
    }

    /**
     * The fear of losing a job ("takut … di terminate majikan") or a debt ("utang lunas kalau pi
     * lagi lewat dia") with no harm, plea, child or other fear said: an everyday worry the bot
     * answers, no cue, and the intent model's "emergency" (which reads the fear or the broker) no
     * signal either (trial 13, D4, D25). So is a body brought or sent home with no fear said.
     */
    private static void everydayWorry(Set<String> kinds) {
        boolean calm =
                !kinds.contains("harm")
                        && !kinds.contains("inferred")
                        && !kinds.contains("plea")
                        && !kinds.contains("minor");
        // Bringing a body home ("bawa pulang jenazah, siapa yang bayar?", "who pays to send the
        // coffin home?"): grief and its costs; the model reads "bawa" as a person moved (round 15)
        if (calm && kinds.contains("repatriation") && !kinds.contains("worry")) {
            kinds.add("mask");
        }
        if (calm && kinds.contains("jobloss")) {
            kinds.remove("worry");
            kinds.add("mask");
        }
        if (calm && kinds.contains("debt") && !kinds.contains("worry")) {
            kinds.add("mask");
        }
    }

    /**
     * A question about the rules ({@link RuleQuestions}) that says nothing is happening now, with
     * no plea, fear, child or person placed: its harm words are what it asks about ({@code rule},
     * also {@code hypo}, so it is no alarm).
     */
    private static void ruleQuestion(String text, Set<String> kinds) {
        boolean signal =
                kinds.contains("now")
                        || kinds.contains("present")
                        || kinds.contains("plea")
                        || kinds.contains("worry")
                        || kinds.contains("minor")
                        || kinds.contains("concrete");
        if (!signal && RuleQuestions.asks(text)) {
            kinds.add("rule");
            kinds.add("hypo");
        }
    }

    private static DangerLevel level(Set<String> kinds, Analysis analysis, Setting setting) {
        // A child taken or moved, said now ("since yesterday", "tonight"), is not a broker's
        // habit, however sure the model is.
        boolean childNow = kinds.contains("minor") && kinds.contains("now");
        // People moved or chased, said now, and fear seen or felt ("ini malam … dong pung muka
        // takut", "baru lari …, calo kejar"): a witness's alarm, however sure the model is that it
        // reads a broker report (round 14, by cause from the dev sets' misses)
        // unless the model is as sure as it must be to raise an alarm alone
        boolean seenNow =
                kinds.contains("now")
                        && kinds.contains("worry")
                        && analysis != null
                        && analysis.confidence() < MODEL_CONFIDENCE;
        boolean inferred =
                kinds.contains("inferred") && (childNow || seenNow || !toldOtherwise(analysis));
        // A polite request we recognised ("help me with", "tolong kirim") or an everyday errand
        // outweighs the model, which files every "tolong" as an emergency.
        // So does a harm the writer denies ("sy tdk dipukul, cuma mau pulang"): the model reads
        // the harm word, not the "not" before it; but not despair said beside it ("majikan sonde
        // pukul, tapi … rasanya mau mati sa"): that is heard as it is.
        boolean onlyPolite =
                kinds.contains("mask")
                        || kinds.contains("errand")
                        || kinds.contains("denied") && !kinds.contains("despair");
        boolean modelSaysDanger =
                !onlyPolite && analysis != null && analysis.intent() == Intent.EMERGENCY;
        boolean modelSure =
                modelSaysDanger
                        && kinds.contains("party")
                        && SAID_NOW_OR_PLACED.stream().anyMatch(kinds::contains)
                        && analysis.confidence() >= MODEL_CONFIDENCE;
        // "Mama tolong, majikan …, beta takut": a plea and a fear with an employer or agent named,
        // in a message the model is all but certain is an emergency
        boolean pleadsInFear =
                modelSaysDanger
                        && kinds.contains("party")
                        && kinds.contains("plea")
                        && kinds.contains("worry")
                        && analysis.confidence() >= MODEL_PLEA_CONFIDENCE;
        boolean confident = kinds.contains("harm") || inferred || modelSure || pleadsInFear;
        if (confident && !downgraded(kinds, analysis, setting)) {
            return DangerLevel.STRONG;
        }
        boolean cue = kinds.contains("plea") || kinds.contains("worry");
        if (bareEverydayPlea(kinds, analysis)
                || labourOnly(kinds)
                || plainlyOver(kinds)
                || ruleQuestion(kinds, analysis)) {
            return DangerLevel.NONE;
        }
        return kinds.contains("harm") || kinds.contains("inferred") || cue || modelSaysDanger
                ? DangerLevel.WEAK
                : DangerLevel.NONE;
    }

    /**
     * "help, which bus goes to Soe?", "bantu sa, kantor desa buka jam bera?": a bare "help" or
     * "tolong" that names no one (no relative, employer, agent or place abroad), no fear and no
     * harm, in a message both models are sure is everyday and not about working abroad.
     */
    private static boolean bareEverydayPlea(Set<String> kinds, Analysis analysis) {
        return analysis != null
                && !kinds.contains("party")
                && !kinds.contains("worry")
                && !kinds.contains("harm")
                && !kinds.contains("inferred")
                && !kinds.contains("minor")
                && (analysis.intent() == Intent.OUT_OF_SCOPE
                        || analysis.intent() == Intent.GREETING)
                && analysis.confidence() >= EVERYDAY_CONFIDENCE
                && !analysis.aboutWorkAbroad();
    }

    /**
     * "hari libur sy gmn? di kontrak tulis libur tiap minggu tp dikasih cuma sebulan sekali", "her
     * employer hasn't paid her for 2 months": wages, rest days or the contract, with no harm, plea,
     * fear or child told. A labour-rights question: the rights answer, not the hotline wall.
     */
    private static boolean labourOnly(Set<String> kinds) {
        return kinds.contains("labour")
                && !kinds.contains("harm")
                && !kinds.contains("inferred")
                && !kinds.contains("plea")
                && !kinds.contains("worry")
                && !kinds.contains("minor");
    }

    /**
     * "beta pung ade umur 17 taon, bisa pi ko sonde?": a question about the rules ({@code hypo})
     * with no harm, plea or fear, that only an unsure intent model files as an emergency (a child
     * named pulls it there). It is answered as a question, never asked "is anyone in danger?".
     */
    private static boolean ruleQuestion(Set<String> kinds, Analysis analysis) {
        return analysis != null
                && kinds.contains("hypo")
                && !kinds.contains("harm")
                && !kinds.contains("inferred")
                && !kinds.contains("plea")
                && !kinds.contains("worry")
                && analysis.confidence() < UNSURE_CONFIDENCE;
    }

    /**
     * A harm word in a message that says it is no danger: a story told as the past and as over
     * ("dulu ... ditahan, sekarang sudah pulang") or dated years ago, a benign use (a passport kept
     * by the office that processes it, children playing, "he's fine"), or a worry already answered
     * ("kapal su sandar"); with no plea, fear or child.
     */
    private static boolean plainlyOver(Set<String> kinds) {
        boolean harm = kinds.contains("harm") || kinds.contains("inferred");
        boolean said = kinds.contains("now") || kinds.contains("present");
        boolean over =
                kinds.contains("benign")
                        || kinds.contains("past") && kinds.contains("safe")
                        // "detained for a day in 1998": a year long past, nothing said now
                        || kinds.contains("dated") && !said
                        // "the boat is late but has docked": the model's worry, answered
                        || kinds.contains("safe") && !harm;
        // "dulu ... minta tolong ke KBRI, sekarang sudah pulang": the plea and the fear are part
        // of the story, which is over
        boolean storyOver =
                kinds.contains("past") && kinds.contains("safe") && !kinds.contains("present");
        return !kinds.contains("minor")
                && (storyOver || over && !kinds.contains("plea") && !kinds.contains("worry"));
    }

    /**
     * Danger told as the past or as over, a rule question, a broker's habit, a past story, or an
     * everyday trouble that is not about working abroad.
     */
    private static boolean downgraded(Set<String> kinds, Analysis analysis, Setting setting) {
        boolean now = kinds.contains("now");
        boolean plea = kinds.contains("plea");
        // "dikunci alien wkwk", a laugh or a fantasy: asked about with one tap, never an alarm at
        // once (trial 17, D29); real danger written with a nervous laugh still gets the question,
        // and "haha they think I'm joking but I'm serious" is heard as it is
        boolean jest = kinds.contains("jest") && !kinds.contains("serious");
        // A wage, a rest day or a contract with no harm, plea, fear or child told: the model's
        // "emergency" reads a labour question (trial 17, D13, D33)
        if (jest || labourOnly(kinds)) {
            return true;
        }
        // "dulu direkrut ..., sekarang di tahanan": a now word just before the harm outweighs a
        // past word elsewhere, unless the message also says the danger is over
        boolean past =
                kinds.contains("past") && (!kinds.contains("present") || kinds.contains("dated"));
        if ((kinds.contains("safe") || past) && !(now && plea)) {
            return true;
        }
        // "Tahun 2012 ... paspor ditahan ... akhirnya bisa pulang 2014, sekarang buka kios. Dulu
        // mau minta tolong": a story told as past and as over keeps its old plea; the "now" is
        // the writer's life today (a harm said now would have made it present or turned)
        if (kinds.contains("past") && kinds.contains("safe") && !kinds.contains("present")) {
            return true;
        }
        if (setting == Setting.STORY && !now && !plea) {
            return true;
        }
        // "dong bilang mau bawa beta pung adik pi malaysia, sonde usah paspor": a recruiter's plan
        // for someone still at home is a calo report, not a plight now (trial 17, D7)
        if (kinds.contains("planned") && !kinds.contains("worry")) {
            return true;
        }
        if ((kinds.contains("hypo") || kinds.contains("benign")) && !plea) {
            return true;
        }
        // "a woman contacted us, her employer keeps her passport. How do I refer her case?": a
        // third party passing a case on, nothing said to be happening now, no child (D36)
        if (kinds.contains("referral") && !now && !plea && !kinds.contains("minor")) {
            return true;
        }
        if (analysis != null && everyday(kinds, analysis)) {
            return true;
        }
        if (analysis == null || now || plea || kinds.contains("concrete")) {
            return false;
        }
        double confidence = analysis.confidence();
        Intent intent = analysis.intent();
        // "abang saya ABK …, kaptennya suka tendang dan tampar": harm on board to a crew member
        // ({@code aboard}) reads to an unsure model like a crew member's story; it is taken for
        // a report or a story only when the model is as sure as it must be to raise an alarm
        // alone (a story told as past is downgraded above)
        double reportConfidence =
                kinds.contains("aboard") ? MODEL_CONFIDENCE : BROKER_REPORT_CONFIDENCE;
        return (intent == Intent.BROKER_REPORT || intent == Intent.EXPERIENCE_SHARE)
                        && confidence >= reportConfidence
                || (intent == Intent.PROCEDURE_QUESTION || intent == Intent.OFFER_CHECK)
                        && confidence >= QUESTION_CONFIDENCE;
    }

    /**
     * Both models say the message is not about working abroad at all: a harm word there is an
     * everyday trouble ("my phone is locked", a debt collector's threats, a landlord locking a
     * room, a dog run away "since yesterday") far more often than trafficking. It still gets the
     * hotlines and the question, and one tap raises the alarm; a child named or a person at a place
     * abroad or in transit keeps it strong.
     */
    private static boolean everyday(Set<String> kinds, Analysis analysis) {
        return analysis.intent() == Intent.OUT_OF_SCOPE
                && analysis.confidence() >= QUESTION_CONFIDENCE
                && !analysis.aboutWorkAbroad()
                && !kinds.contains("minor")
                && !kinds.contains("concrete")
                // "katong di kapal kecil, ombak besar, air masuk": a boat taking water is no
                // everyday trouble, whatever the relevance model says
                && !kinds.contains("boat");
    }

    /** The kinds found in one reading, only those in {@code only} when it is not empty. */
    private Set<String> kinds(List<String> tokens, boolean minorAge, Set<String> only) {
        Set<String> kinds = DangerRules.kinds(lexicon.find(tokens), minorAge);
        if (!only.isEmpty()) {
            kinds.retainAll(only);
        }
        return kinds;
    }

    /** The model is sure the message is a broker report or a past story: no inferred harm. */
    private static boolean toldOtherwise(Analysis analysis) {
        return analysis != null
                && (analysis.intent() == Intent.BROKER_REPORT
                        || analysis.intent() == Intent.EXPERIENCE_SHARE)
                && analysis.confidence() >= BROKER_REPORT_CONFIDENCE;
    }
}
