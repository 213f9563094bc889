package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.flows.ReportStep;
import id.migrasiaman.nlp.Entities;
import java.util.regex.Pattern;

/**
 * A fact typed at a step it does not answer: several short messages sent in a burst, each typed
 * before the next question was read ("namanya om Yakob" · "dia janji kerja di malaysia" · "gaji 8
 * juta"), once became the kecamatan, the village and the date (trial 19, D11). Such a message is
 * kept in "what happened", with its numbers and countries in their fields, and the open step is
 * asked again.
 */
final class FactElsewhere {

    /** Words that make a message about a person, an account or a company: an answer to "who?". */
    private static final Pattern PERSON =
            Pattern.compile(
                    "(?iu)\\b(nama\\w*|om|pak|bapak|bpk|ibu|bu|mama|mace|tante|tanta|kaka|kakak|bang"
                            + "|akun|calo|sponsor|agen|agency|perekrut|pt|cv|lpk|mr|mrs|ms)\\b|@");

    /** Words that say when: an answer to "when?". */
    private static final Pattern TIME =
            Pattern.compile(
                    "(?iu)\\b(hari|minggu|bulan|bln|tahun|thn|kemarin|kemaren|tadi|besok|lusa|lalu"
                            + "|barusan|baru|pagi|siang|sore|malam|jam|tanggal|tgl|sekarang|nanti"
                            + "|day|week|month|year|ago|yesterday|today|tomorrow)\\b|\\d{1,2}[/.-]\\d{1,2}");

    private FactElsewhere() {}

    /**
     * Whether {@code text}, at {@code step}, tells a fact of another step and nothing of its own: a
     * country abroad, a phone number or an amount of money at "who?" without a person, at "where in
     * Kupang?" or the village, at "when?" without a time, at "how many?" without a number.
     */
    static boolean at(ReportStep step, String text, Entities found) {
        boolean other =
                !found.destinations().isEmpty()
                        || !found.phones().isEmpty()
                        || !found.amounts().isEmpty();
        if (!other) {
            return false;
        }
        return switch (step) {
            case WHO -> found.phones().isEmpty() && !PERSON.matcher(text).find();
            case WHERE, VILLAGE -> found.kecamatan().isEmpty();
            case WHEN -> !TIME.matcher(text).find();
            case VICTIMS, MINORS -> !text.matches("(?s).*\\d.*") || !found.phones().isEmpty();
            default -> false;
        };
    }
}
