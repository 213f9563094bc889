package id.migrasiaman.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The courtesies a message may open with (thanks, a greeting, a blessing, a form of address:
 * "makasih banyak kaka, Tuhan berkati.", "selamat pagi bu,", "shalom om") and the question that
 * follows them, which is what is answered (trial 17 D2, trial 18 D5: the thanks reply after a
 * report swallowed "… beta harus bikin apa?"). "Thanks for helping my sister when she was stuck" is
 * thanks only: what follows must be a sentence that asks.
 */
public final class Courtesy {

    /** One courtesy: thanks, a greeting or a blessing, with its punctuation. */
    private static final Pattern COURTESY =
            Pattern.compile(
                    "^\\s*(terima\\s*kasih|terimakasih|trimakasih|trima\\s*kasih|makasih|makasi|mksh"
                            + "|thanks?|thank\\s+you|tengkyu|thx|halo|hallo|hai|hi|hello|s?elamat\\s+"
                            + "(pagi|siang|sore|malam)|slamat\\s+(pagi|siang|sore|malam)|permisi|shalom"
                            + "|syalom|assalamu'?alaikum|tuhan\\s+(yesus\\s+)?(berkati|memberkati|berkat)"
                            + "|gbu|god\\s+bless(\\s+you)?|puji\\s+tuhan|amin)\\b[\\s.,!\\n🙏😊]*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A form of address or a filler ("kaka", "bu", "banyak", "ya"): a courtesy after one of the
     * above, or alone when a comma or a stop follows it ("kak, …"); "ibu saya di malaysia …" speaks
     * of her mother.
     */
    private static final String ADDRESS =
            "^\\s*(kak|kaka|kakak|ka|bu|ibu|pak|bapak|bapa|om|tanta|tante|mama|mace|pace|ade|adik"
                    + "|min|admin|nona|bro|sis|banyak|ya|yah|e|eee|sekali|so\\s+much|a\\s+lot|dan|and)";

    private static final Pattern ADDRESS_AFTER =
            Pattern.compile(
                    ADDRESS + "\\b[\\s.,!\\n🙏😊]*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ADDRESS_ALONE =
            Pattern.compile(
                    ADDRESS + "\\s*[.,!\\n🙏😊]+\\s*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The fewest words of what follows the courtesies for it to be a question of its own. */
    private static final int QUESTION_WORDS = 3;

    private Courtesy() {}

    /** {@code text} without the courtesies it opens with; the text itself when it has none. */
    public static String without(String text) {
        String rest = text;
        boolean courteous = false;
        while (true) {
            Matcher m = COURTESY.matcher(rest);
            if (!m.find()) {
                m = (courteous ? ADDRESS_AFTER : ADDRESS_ALONE).matcher(rest);
                if (!m.find()) {
                    return rest.strip();
                }
            } else {
                courteous = true;
            }
            if (m.end() == 0) {
                return rest.strip();
            }
            rest = rest.substring(m.end());
        }
    }

    /** Thanks or a blessing among courtesies ("makasih kaka", "Tuhan berkati", "thank you"). */
    private static final Pattern THANKS =
            Pattern.compile(
                    "(?iu)(kasih|makasi|mksh|thank|thanks|thx|tengkyu|berkati|bless|gbu|amin|puji)");

    /** Whether {@code text} is courtesies and nothing else ("halo kak", "makasih banyak 🙏"). */
    public static boolean only(String text) {
        return !text.isBlank() && without(text).isBlank();
    }

    /** Whether {@code text} is courtesies alone and among them thanks or a blessing. */
    public static boolean thanksOnly(String text) {
        return only(text) && THANKS.matcher(text).find();
    }

    /** The question after opening courtesies; empty when there are none or nothing else asks. */
    public static Optional<String> questionAfter(String text) {
        String rest = without(text);
        if (rest.length() == text.strip().length()) {
            return Optional.empty();
        }
        // A sentence of its own that asks ("?"): not "thanks for helping my sister when she was
        // stuck in KL", whose "when" tells, not asks.
        return Questions.words(rest) >= QUESTION_WORDS
                        && rest.indexOf('?') >= 0
                        && Questions.isQuestion(rest)
                ? Optional.of(rest)
                : Optional.empty();
    }
}
