package id.migrasiaman.family;

import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.TypedAnswer;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import java.util.regex.Pattern;

/**
 * What a family asks while its form waits: whether there is a report to make (this form is one).
 */
final class FamilyQuestions {

    /** "ada laporan resmi yang bisa sa buat ko?", "can I make an official report?". */
    private static final Pattern REPORTING =
            Pattern.compile(
                    " (laporan|lapor|melapor|pengaduan|mengadu|adukan|report|complaint|complain) ");

    /**
     * A number or a place to call: the usual answer gives them ("lapor ke mana? nomor berapa?").
     */
    private static final Pattern CHANNEL =
            Pattern.compile(
                    " (nomor|nmr|no|telpon|telepon|tlp|hp|wa|whatsapp|hubungi|ke mana|kemana|dimana"
                            + "|di mana|number|phone|call|where|who) ");

    /**
     * What a family remembers about the relative: a name, the boat, the agency, the passport, an
     * address, a number, when they last heard ("sa baru ingat nama kapal nya …").
     */
    private static final Pattern FACTS =
            Pattern.compile(
                    " (baru ingat|ingat|lupa bilang|lupa kasi tau|tambahan|info baru|nama|namanya"
                            + "|kapal|kapalnya|agen|agennya|agensi|pt|majikan|majikannya|paspor"
                            + "|alamat|alamatnya|nomor|nomornya|no hp|terakhir|kontrak|perjanjian"
                            + "|remembered|forgot to say|also|name|boat|ship|vessel|agency|employer"
                            + "|passport|address|last heard) ");

    private FamilyQuestions() {}

    /**
     * Whether {@code text}, typed right after the family report was sent, tells more for it: facts
     * about the relative or a phone number, and no question.
     */
    static boolean moreFacts(String text, Analysis analysis) {
        if (Questions.isQuestion(text) || TypedAnswer.of(text).isPresent()) {
            return false;
        }
        return !analysis.entities().phones().isEmpty() || FACTS.matcher(Words.padded(text)).find();
    }

    /** Whether {@code text} asks whether (or how) a report can be made, not whom to call. */
    static boolean aboutReporting(String text) {
        String words = Words.padded(text);
        return Questions.isQuestion(text)
                && REPORTING.matcher(words).find()
                && !CHANNEL.matcher(words).find();
    }
}
