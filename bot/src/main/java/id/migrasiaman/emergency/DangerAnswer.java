package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Words;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a typed sentence says to "is anyone in danger now?" when it is more than a bare "ya" or
 * "tidak": a clear no ("aku ga dalam bahaya kok, majikan baik", "sonde, beta aman", "no, I'm
 * fine"), a clear yes ("iya tolong sekarang", "yes, she is in danger now"), or neither (news or a
 * question, read as such). A trial user who wrote "aku ga dalam bahaya" got the same question back,
 * with nothing else, each time she wrote.
 */
final class DangerAnswer {

    /** How the sentence answers the question. */
    enum Said {
        YES,
        NO,
        NEITHER
    }

    private static final String NOT =
            "(tidak|tdk|tak|ga|gak|gk|nggak|ngga|enggak|engga|sonde|son|sond|tra|trada|tara"
                    + "|bukan|bkn|not|no|never|nobody|no one|none of us|nothing)";

    /** "ga dalam bahaya", "tidak ada yang dalam bahaya", "not in danger", "no danger". */
    private static final Pattern NOT_IN_DANGER =
            Pattern.compile(
                    " "
                            + NOT
                            + " (ada )?(orang )?(yang |yg )?(sedang |lagi )?(dalam |dlm |di )?"
                            + "(bahaya|darurat|terancam|urgent|emergency|danger|in danger"
                            + "|an emergency|is in danger|are in danger) ");

    /**
     * "aman kok", "baik2 saja", "I'm fine", "we are safe": said about oneself, calmly. Not in a
     * question: "besok nyebrang naik speedboat, aman ko?" asks whether it is safe.
     */
    private static final Pattern FINE =
            Pattern.compile(
                    " (aman kok|aman aja|aman saja|aman sa|su aman|sudah aman|skrg aman"
                            + "|sekarang aman|baik baik saja|baik2 saja|baik baik aja|baik2 aja"
                            + "|baik2 sa|baik baik sa|i m fine|im fine|i am fine|i m ok|im ok"
                            + "|i am ok|i m okay|i am okay|i m safe|im safe|i am safe|we are safe"
                            + "|we re safe|we are fine|we re fine|she is safe|he is safe"
                            + "|she s safe|he s safe|all good) ");

    /** A sentence that opens with a no and a pause: "tidak, …", "sonde kaka, …", "no, …". */
    private static final Pattern OPENS_NO =
            Pattern.compile(
                    "^\\s*(tidak|tdk|ga|gak|gk|nggak|ngga|enggak|sonde|son|tra|trada|bukan"
                            + "|no|nope|nah)(\\s+(kak|kaka|kakak|ka|bu|pak|om|tante|sir|mam))?"
                            + "\\s*[,.!]",
                    Pattern.CASE_INSENSITIVE);

    private static final Set<String> YES_FIRST =
            Set.of("ya", "iya", "iy", "y", "yes", "yup", "yeah", "betul", "benar", "bener", "ada");

    /** Words that may follow a yes without making it anything but a yes. */
    private static final Set<String> AFFIRMING =
            Set.of(
                    ("ya iya yes ada sekarang skrg now right tolong please help bantu cepat segera"
                                    + " urgent kak kaka kakak ka dong betul benar bahaya dalam in"
                                    + " danger someone is orang yang yg sedang lagi sa sy saya beta"
                                    + " aku kami we are i am she he dia masih still")
                            .split(" "));

    /** "ada yang dalam bahaya sekarang", "she is in danger now": the question's own words. */
    private static final Pattern IN_DANGER =
            Pattern.compile(
                    " (ada (orang )?(yang |yg )?(sedang |lagi |masih )?dalam bahaya"
                            + "|(sedang|lagi|masih) dalam bahaya|dalam bahaya sekarang"
                            + "|(is|are|am) (still )?in danger( right)?( now)?) ");

    /** "tidak, tapi …": the no is qualified; read the rest as news. */
    private static final Pattern BUT = Pattern.compile(" (tapi|tp|tpi|but|namun|cuma|hanya) ");

    /** "kalau ada yang dalam bahaya, …?": the question's words inside a question, not a yes. */
    private static final Pattern ASKING =
            Pattern.compile(" (kalau|kalo|klo|klu|jika|bila|if|apakah|apa|whether|gimana|how) ");

    private static final int SHORT_YES = 7;

    private DangerAnswer() {}

    /** What {@code text} says to the danger question. */
    static Said of(String text) {
        if (text == null || text.isBlank()) {
            return Said.NEITHER;
        }
        String padded = Words.padded(text);
        if (NOT_IN_DANGER.matcher(padded).find()
                || FINE.matcher(padded).find() && !text.contains("?")
                || OPENS_NO.matcher(text).find() && !BUT.matcher(padded).find()) {
            return Said.NO;
        }
        String[] words = padded.strip().split(" ");
        boolean shortYes =
                words.length <= SHORT_YES
                        && YES_FIRST.contains(words[0])
                        && Arrays.stream(words).allMatch(AFFIRMING::contains);
        boolean tells =
                IN_DANGER.matcher(padded).find()
                        && !text.contains("?")
                        && !ASKING.matcher(padded).find();
        return shortYes || tells ? Said.YES : Said.NEITHER;
    }
}
