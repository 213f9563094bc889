package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/**
 * A person who says they cannot go on or only want someone to listen ("rasanya mau mati sa", "sa
 * cuma mau ada orang dengar sa", "I want to die"): besides the numbers, a human line that they are
 * heard and not alone (a trial user in Hong Kong got only the number list and "added to the
 * report"). FACTS has no crisis line, so none is named; the local emergency number stands above.
 */
final class Despair {

    private static final Pattern SAID =
            Pattern.compile(
                    " (mau mati|ingin mati|pengen mati|pingin mati|mo mati|rasa mau mati"
                            + "|bunuh diri|akhiri hidup|akhiri hidupku|capek hidup|cape hidup"
                            + "|lelah hidup|tidak kuat hidup|sonde kuat hidup"
                            + "|ada orang dengar|ada yang dengar|ada yang mau dengar"
                            + "|want to die|wanna die|kill myself|end my life|suicide"
                            + "|no reason to live|someone to listen|someone to talk to) ");

    private Despair() {}

    static boolean said(String text) {
        return text != null && SAID.matcher(Words.padded(text)).find();
    }
}
