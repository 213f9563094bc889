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
            "(suami|istri|isteri|laki|bini|maitua|paitua|anak|adik|adek|ade|kakak|kaka|mama|bapa|bapak|ayah|ibu"
                    + "|saudara|sodara|keponakan|ponakan|sepupu|om|tante|tanta|paman|bibi|cucu|teman"
                    + "|nenek|kakek|oma|opa"
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

    /**
     * The writer says whose relative they are or that they type for someone ("sy tanta dari anak
     * itu", "saya tantenya", "sy ketik ini utk mamanya", "I am her aunt", "writing on behalf of her
     * mother"): the one in danger is someone else even when no "my ..." is written.
     */
    private static final Pattern WRITING_FOR =
            Pattern.compile(
                    "\\b(saya|sy|sa|beta|aku) (ini )?"
                            // not "saya anak dari Kupang": a writer telling where she is from
                            + RELATIVE.replace("|anak|", "|").replace("|cucu|", "|")
                            + "(nya\\b| (dari|dr)\\b)"
                            + "|\\b(ketik|tulis|kirim)[a-z]* (ini |pesan ini )?(untuk|utk|buat|mewakili)"
                            + " [a-z]+"
                            + "|\\b(i a?m |i'm )?(writing |typing )?on behalf of\\b"
                            + "|\\b(i a?m |i'm )?(writing|typing) (this )?for (my|his|her|their|a|the)\\b"
                            + "|\\bi a?m (his|her|their|the) (aunt|uncle|mother|father|sister|brother"
                            + "|grandmother|grandfather|cousin|neighbour|neighbor)\\b");

    /** The writer harmed or held too: "saya dikunci", "kami ditahan", "locked me", "I am". */
    private static final Pattern SELF_TOO =
            Pattern.compile(
                    "\\b(saya|sy|sa|beta|aku|kami|katong) (juga |sedang |lagi |su |sudah )?"
                            + "(di[a-z]{3,}|ter[a-z]{3,}|dalam bahaya|sembunyi|lari|kabur)\\b"
                            // "bos pukul sa tadi malam" (trial 16, D14): harmed, the writer
                            + "|\\b(pukul|tampar|tendang|kunci|ancam|sekap|siksa|tahan|kejar|ikat)"
                            + " (sa|saya|sy|beta|aku|kami|katong)\\b"
                            + "|\\b(me|us|i am|i m|i'm|we are|we're)\\b");

    /**
     * The writer as the one told or called, or only saying where they write from, not harmed: "she
     * messaged me", "he called us", "dia telepon saya", "I'm writing from Kupang". Left out before
     * looking for the writer in danger too.
     */
    private static final Pattern TOLD_THE_WRITER =
            Pattern.compile(
                    "\\b(messaged|texted|told|called|rang|asked|sent|wrote to|whatsapped|phoned"
                            + "|contacted|begged) (me|us)\\b"
                            // "I'm writing from Kupang", "I am asking for her": the writer, safe
                            + "|\\b(i'm|i am|i m|im) (writing|typing|asking|from)\\b"
                            + "|\\b(telepon|telpon|sms|wa|chat|kabari|kasih tahu|kasi tau|bilang ke"
                            + "|minta ke) (saya|sy|aku|beta|kami|katong)\\b");

    /**
     * "kaka" or "kak" opening the message as the way people address the bot, before a Kupang Malay
     * "I" ("kaka sa ada di penampungan di batam, pintu dikunci": "kaka, I am in a shelter in
     * Batam", lead's chat trial, round 24). Kupang Malay says whose sibling with "sa pung kaka";
     * Indonesian "kakak saya …" (my sibling) is left alone.
     */
    private static final Pattern ADDRESS_THEN_I =
            Pattern.compile(
                    "^\\s*(kak|kaka|ka|k)"
                            + "(?= (sa|beta) (ada|su|sudah|lagi|masih|sedang|skarang|sekarang"
                            + "|di[a-z]*|ni|ini|son|sonde|tida|tidak)\\b)");

    private SomeoneElse() {}

    /** A word for the writer or the writer's group. */
    private static final Pattern SELF_WORD =
            Pattern.compile("\\b(sa|saya|sy|beta|aku|ak|kami|katong|i|i'm|im|me|we|us|my|our)\\b");

    /** Someone told of in the third person. */
    private static final Pattern THIRD =
            Pattern.compile("\\b(dia|dy|dorang|dong|mereka|she|he|they|her|his|him)\\b");

    /**
     * Whether {@code text} tells of someone else in the third person and never of the writer ("dia
     * su di kapal … kapten pukul dong ABK … dia takut"), or names a relative in danger.
     */
    static boolean toldOf(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return inDanger(text) || THIRD.matcher(lower).find() && !SELF_WORD.matcher(lower).find();
    }

    /** Whether {@code text} is about a relative or friend in danger, not about the writer. */
    static boolean inDanger(String text) {
        if (text == null) {
            return false;
        }
        String lower = ADDRESS_THEN_I.matcher(text.toLowerCase(Locale.ROOT)).replaceFirst("");
        boolean forSomeone = WRITING_FOR.matcher(lower).find();
        String rest = forSomeone ? WRITING_FOR.matcher(lower).replaceAll(" ") : lower;
        rest = TOLD_THE_WRITER.matcher(rest).replaceAll(" ");
        // "anak saya dikunci": "saya" after a relative says whose child, not that the writer is
        // harmed
        rest = NAMED.matcher(rest).replaceAll(" ");
        return (forSomeone || NAMED.matcher(lower).find()) && !SELF_TOO.matcher(rest).find();
    }
}
