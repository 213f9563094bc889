package id.migrasiaman.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thank-you that opens a message, then a sentence of its own that asks ("makasih kak. syarat
 * kerja ke malaysia apa saja?"): the thanks is a courtesy, the question is what is answered (trial
 * 17, D2: the thanks reply after a report swallowed the question). "Thanks for helping my sister
 * when she was stuck" is thanks only.
 */
final class ThanksFirst {

    private static final Pattern THANKS =
            Pattern.compile(
                    "^\\s*(terima\\s*kasih|terimakasih|makasih|makasi|trimakasih|trima\\s*kasih|thanks?"
                            + "|thank\\s+you|tengkyu|mksh)\\b((\\s+|\\s*,\\s*)(banyak|ya|yah|kak|kakak"
                            + "|ade|adik|pak|bu|ibu|min|admin|so\\s+much|a\\s+lot|e|eee|sekali))*"
                            + "\\s*[.,!\\n🙏]+\\s*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The fewest words of what follows the thanks for it to be a question of its own. */
    private static final int QUESTION_WORDS = 3;

    private ThanksFirst() {}

    /** The question after an opening thanks; empty when there is none or nothing else. */
    static Optional<String> question(String text) {
        Matcher m = THANKS.matcher(text);
        if (!m.find() || m.end() == 0) {
            return Optional.empty();
        }
        String rest = text.substring(m.end()).strip();
        // A sentence of its own that asks ("?"): not "thanks for helping my sister when she was
        // stuck in KL", whose "when" tells, not asks.
        return Questions.words(rest) >= QUESTION_WORDS
                        && rest.indexOf('?') >= 0
                        && Questions.isQuestion(rest)
                ? Optional.of(rest)
                : Optional.empty();
    }
}
