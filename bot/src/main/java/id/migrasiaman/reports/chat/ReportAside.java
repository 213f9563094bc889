package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Questions;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question typed at a step of the report that is not an answer to the step (trial 13, D16: "Saya
 * mau lapor. Ke mana yang paling cepat?" at "Siapa orangnya?" was stored as the recruiter's name):
 * where or how to report fastest is answered here (the channels, FACTS 5.1–5.3); another question
 * ends with a question mark and is answered as usual beside the report, which asks its step again.
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

    private ReportAside() {}

    /** Whether {@code text} asks where, to whom or how fastest to report. */
    static boolean asksForChannel(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Questions.isQuestion(text) && CHANNEL.matcher(lower).find();
    }

    /** A question with its mark that is not the channel question: answered beside the report. */
    static boolean otherQuestion(String text) {
        return text.strip().endsWith("?") && Questions.isQuestion(text) && !asksForChannel(text);
    }
}
