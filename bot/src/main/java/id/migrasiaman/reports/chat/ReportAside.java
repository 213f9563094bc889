package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.SeveralQuestions;
import id.migrasiaman.nlp.Entities;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question typed at a step of the report that is not an answer to the step (trial 13, D16: "Saya
 * mau lapor. Ke mana yang paling cepat?" at "Siapa orangnya?" was stored as the recruiter's name):
 * where or how to report fastest is answered here (the channels, FACTS 5.1–5.3); another question
 * ends with a question mark and is answered as usual beside the report, which asks its step again.
 * At "what happened?" only a message that is plainly a set of questions and tells nothing of a
 * recruiter is answered beside the report (trial 13, D41: five questions were filed as the report's
 * story); a story may well hold a question.
 */
final class ReportAside {

    /** Which channel, whom to call, or the fastest way. */
    private static final Pattern CHANNEL =
            Pattern.compile(
                    "\\b(paling cepat|tercepat|lebih cepat|fastest|quickest|quicker)\\b"
                            + "|\\b(ke ?mana|kmn|di ?mana|dmn|siapa|sapa|where|who|whom|how)\\b"
                            + ".{0,40}\\b(lapor|melapor|laporkan|report|telpon|telepon|tlp|hubungi"
                            + "|call|contact)\\b"
                            + "|\\b(lapor|melapor|report|telpon|telepon|hubungi|call)\\b.{0,20}"
                            + "\\b(ke ?mana|kmn|siapa|sapa|where|who|whom)\\b");

    /** Words that tell of a recruiter or what was done: a fact for the report, not a question. */
    private static final Pattern FACT =
            Pattern.compile(
                    "\\b(calo|agen|agent|sponsor|perekrut|rekrut\\w*|tekong|bos|boss|pt\\.?|cv\\.?"
                            + "|namanya|orangnya|dia (minta|bawa|ambil|tahan|janji)|mereka (minta|bawa"
                            + "|ambil|tahan|janji)|recruiter|broker|he (asked|took|keeps)|they (asked"
                            + "|took|keep))\\b");

    /** Proof of the offer: a screenshot, a photo, a recording, a chat. */
    private static final Pattern EVIDENCE =
            Pattern.compile(
                    "\\b(screenshot|screenshots|ss|skrinsut|tangkapan layar|foto|bukti|rekaman"
                            + "|recording|photo|proof)\\b");

    /** Question marks that make a message a set of questions even without a list. */
    private static final int QUESTION_MARKS = 2;

    private ReportAside() {}

    /**
     * Whether {@code text}, typed at "what happened?", is a set of questions and no fact: several
     * questions ({@link SeveralQuestions}) or two question marks, no recruiter, phone or place.
     */
    static boolean questionsOnly(String text, Entities entities) {
        long marks = text.chars().filter(c -> c == '?').count();
        boolean several = SeveralQuestions.in(text).size() >= 2 || marks >= QUESTION_MARKS;
        return several
                && Questions.isQuestion(text)
                && entities.phones().isEmpty()
                && entities.kecamatan().isEmpty()
                && !FACT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether {@code text} asks where, to whom or how fastest to report. */
    static boolean asksForChannel(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Questions.isQuestion(text) && CHANNEL.matcher(lower).find();
    }

    /** A question with its mark that is not the channel question: answered beside the report. */
    static boolean otherQuestion(String text) {
        return text.strip().endsWith("?") && Questions.isQuestion(text) && !asksForChannel(text);
    }

    /** Whether {@code text} tells of a recruiter or of what was done. */
    static boolean tellsFact(String text) {
        return FACT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether {@code text} speaks of proof: a screenshot, a photo, a recording. */
    static boolean mentionsEvidence(String text) {
        return EVIDENCE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
