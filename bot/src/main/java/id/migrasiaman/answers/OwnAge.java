package id.migrasiaman.answers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The writer gives her own age ("umur beta baru 16", "aku umur 15 thn", "sy masih 17 thn", "I'm
 * 16"): a child telling of an offer made to her, who needs whom to tell and not to go, rather than
 * a parent's "do not let her go" (trial 15, D7).
 */
final class OwnAge {

    private static final Pattern OWN_AGE =
            Pattern.compile(
                    "\\b(umur|usia|umurku|usiaku)( ku)? (beta|sa|sy|saya|aku|ak|gw|gue|ana)\\b"
                            + "|\\b(beta|sa|sy|saya|aku|ak|gw|gue) (baru|masih|br|msh)? ?(umur|usia)?"
                            + " ?\\d{1,2} ?(thn|tahun|taun|th)\\b"
                            + "|\\b(beta|sa|sy|saya|aku|ak|gw|gue) (baru |masih |br |msh )?(umur|usia)"
                            + " \\d{1,2}\\b"
                            + "|\\bi(')?m (only |just )?\\d{1,2}\\b|\\bi am (only |just )?\\d{1,2}\\b"
                            + "|\\bmy age\\b");

    /**
     * "anak perempuan saya umur 16": the pronoun owns the person before it, whose age it is (a
     * father's daughter, not the father; OfferRound13's father was answered as a child).
     */
    private static final Pattern SOMEONE_OF_MINE =
            Pattern.compile(
                    "\\b(anak|anakku|adik|ade|adek|kakak|kaka|ponakan|keponakan|cucu|sepupu|teman"
                            + "|perempuan|laki-laki|laki2|laki|nona|nyong|istri|suami|mama|bapak"
                            + "|ibu|tetangga|murid|siswa) (saya|sa|sy|beta|aku|ak|gw|gue)\\b");

    private OwnAge() {}

    /** Whether {@code text} gives the writer's own age. */
    static boolean given(String text) {
        String own = SOMEONE_OF_MINE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("dia");
        return OWN_AGE.matcher(own).find();
    }
}
