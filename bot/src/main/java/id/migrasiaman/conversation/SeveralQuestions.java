package id.migrasiaman.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of one message that asks several: a numbered list ("sy mau tanya bbrp hal: 1)
 * paspor berapa … 2) SKCK dimana …") or three or more sentences that each ask something. One answer
 * to such a message used to drop the rest without a word (trial 13, D43): the first is answered and
 * the others are named, so the person knows to ask them one at a time. Two questions in a row ("is
 * it legal? what should I do?") are usually one matter and stay one message.
 */
public final class SeveralQuestions {

    /** "1)", "2.", "3 )" at the start or after a space: an item of a numbered list. */
    private static final Pattern ITEM = Pattern.compile("(?:^|[\\s:;,])(\\d{1,2})\\s?[.)]\\s+");

    /** A sentence that ends with a question mark (and what precedes it). */
    private static final Pattern ASKED = Pattern.compile("[^?]+\\?+");

    /** Sentences that each ask something, without a numbered list: this many or more. */
    private static final int UNNUMBERED = 3;

    /** The longest question named back to the person. */
    private static final int SHOWN_CHARS = 120;

    private SeveralQuestions() {}

    /** The questions {@code text} asks when it asks several, in order; empty otherwise. */
    public static List<String> in(String text) {
        List<String> numbered = numbered(text);
        if (numbered.size() >= 2) {
            return numbered;
        }
        List<String> asked = new ArrayList<>();
        Matcher m = ASKED.matcher(text);
        while (m.find()) {
            String question = m.group().strip();
            if (Questions.words(question) >= 2) {
                asked.add(question);
            }
        }
        return asked.size() >= UNNUMBERED ? asked : List.of();
    }

    /** A question as named back: on one line and not too long. */
    public static String shown(String question) {
        String line = question.replaceAll("\\s+", " ").strip();
        return line.length() <= SHOWN_CHARS ? line : line.substring(0, SHOWN_CHARS - 1) + "…";
    }

    /** The items of a list numbered from 1 in order, each asking something; empty otherwise. */
    private static List<String> numbered(String text) {
        List<int[]> items = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                items.add(new int[] {m.start(1), m.end()});
                expected++;
            }
        }
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int end = i + 1 < items.size() ? items.get(i + 1)[0] : text.length();
            String item = text.substring(items.get(i)[1], end).strip();
            if (Questions.words(item) >= 2 && Questions.isQuestion(item)) {
                questions.add(item);
            }
        }
        return questions.size() == items.size() ? questions : List.of();
    }
}
