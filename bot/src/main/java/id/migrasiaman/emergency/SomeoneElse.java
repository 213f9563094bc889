package id.migrasiaman.emergency;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The person in danger is a relative or friend of the writer ("suami sy", "sa pung kaka", "my
 * sister"), and nothing says the writer is in danger too: the writer is not asked to share a
 * location, which would tell the staff where the family is, not where the danger is.
 */
final class SomeoneElse {

    private static final String RELATIVE =
            "(suami|istri|isteri|anak|adik|adek|ade|kakak|kaka|mama|bapa|bapak|ayah|ibu"
                    + "|saudara|sodara|keponakan|ponakan|sepupu|om|tante|paman|bibi|cucu|teman"
                    + "|pacar|tunangan)";

    private static final Pattern NAMED =
            Pattern.compile(
                    "\\b"
                            + RELATIVE
                            + " ?(saya|sy|sa|beta|aku|ku|kami|katong|kita)\\b"
                            + "|\\b(sa|saya|sy|beta|ak|aku|kami|katong) (pung|punya|pny) "
                            + RELATIVE
                            + "\\b|\\b(my|our) (son|daughter|husband|wife|sister|brother|mother"
                            + "|father|mum|mom|dad|friend|cousin|niece|nephew|child|children)\\b");

    /** The writer harmed or held too: "saya dikunci", "kami ditahan", "locked me", "I am". */
    private static final Pattern SELF_TOO =
            Pattern.compile(
                    "\\b(saya|sy|sa|beta|aku|kami|katong) (juga |sedang |lagi |su |sudah )?"
                            + "(di[a-z]{3,}|ter[a-z]{3,}|dalam bahaya)\\b"
                            + "|\\b(me|us|i am|i m|i'm|we are|we're)\\b");

    private SomeoneElse() {}

    /** Whether {@code text} is about a relative or friend in danger, not about the writer. */
    static boolean inDanger(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return NAMED.matcher(lower).find() && !SELF_TOO.matcher(lower).find();
    }
}
