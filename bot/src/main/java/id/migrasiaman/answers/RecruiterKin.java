package id.migrasiaman.answers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "tapi om tu keluarga sendiri jadi aman to?": the recruiter is a relative, so he must be safe
 * (trial 18, D35: answered with remittances, then with uang sirih). A relative who recruits is a
 * recruiter: the same checks apply (FACTS §6 "the recruiter is a relative or neighbour", 9.20).
 */
final class RecruiterKin {

    /** Family, said as the reason to trust ("keluarga sendiri", "my own uncle"). */
    private static final Pattern KIN =
            Pattern.compile(
                    "\\b(keluarga|kaluarga|family|relative|relatives|kerabat|(om|paman|tante|bibi"
                            + "|saudara|sodara|sepupu|tetangga|uncle|aunt|cousin|neighbour|neighbor)"
                            + " sendiri|own (uncle|aunt|cousin|brother|sister|family|relative))\\b");

    /** That being family makes it safe, or that he would not cheat. */
    private static final Pattern TRUSTED =
            Pattern.compile(
                    "\\b(aman|tipu|menipu|nipu|tipu2|percaya|dipercaya|jujur|bohong|jahat|safe|trust"
                            + "|cheat|honest)\\b");

    /** Someone known who is there and fine is the friend's story, not the recruiter. */
    private static final Pattern THERE =
            Pattern.compile(
                    "\\b(di sana|disana|di sana2|sudah kerja|su karja|su kerja|works there"
                            + "|worked there|is there|been there|sudah lama|su lama)\\b");

    private RecruiterKin() {}

    /** Whether {@code text} says the recruiter is family and therefore safe. */
    static boolean trusted(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return KIN.matcher(lower).find()
                && TRUSTED.matcher(lower).find()
                && !THERE.matcher(lower).find();
    }
}
