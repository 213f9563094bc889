package id.migrasiaman.stories;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/**
 * A story that says the broker is still at it ("calo itu sampai sekarang masih cari orang di
 * kampung", "that broker is still recruiting girls in our village"): told of the past, but about
 * someone who can still be stopped, so the report comes first (chat trial 13, D24).
 */
final class StillRecruiting {

    /** The one who recruits: a broker, an agent, "dia" in a story about one. */
    private static final Pattern BROKER =
            Pattern.compile(
                    "\\b(calo|caloe|agen|agent|sponsor|perekrut|tekong|broker|recruiter|pt|bos"
                            + "|boss"
                            // "om yang bawa beta namanya …, dia masih rekrut" (trial 17, D14)
                            + "|om|tanta|dia|dorang|namanya|yang bawa|yg bawa|he|she)\\b");

    /** Still, or now, then within a few words a verb of recruiting on its own. */
    private static final Pattern RECRUITS =
            Pattern.compile(
                    "\\b(masih|msh|still|sekarang|skrg|skrang|skg|now|lagi)\\b( \\S+){0,3}?"
                            + " (rekrut|merekrut|rekrud|recruit|recruits|recruiting|beroperasi"
                            + "|operating|aktif|active|buka lowongan|pasang iklan)\\b");

    /** Still, or now, then a verb of finding or taking, then people (not the writer's own job). */
    private static final Pattern TAKES_PEOPLE =
            Pattern.compile(
                    "\\b(masih|msh|still|sekarang|skrg|skrang|skg|now|lagi)\\b( \\S+){0,3}?"
                            + " (cari|cariin|mencari|nyari|ajak|mengajak|bawa|membawa|kirim"
                            + "|mengirim|berangkatkan|memberangkatkan|tawarin|tawarkan"
                            + "|menawarkan|tipu|menipu|looking for|taking|sending|offering"
                            + "|luring|tricking)( \\S+){0,2}? (orang|org|anak|anak2|nona|nona2"
                            + "|cewek|perempuan|gadis|pemuda|laki|warga|tenaga|pekerja|calon"
                            + "|korban|people|girls|women|boys|men|workers|kids|children|youth"
                            + "|others|villagers)\\b");

    private StillRecruiting() {}

    /** Whether {@code text} says a broker is still recruiting now. */
    static boolean told(String text) {
        String plain = Words.plain(text);
        return BROKER.matcher(plain).find()
                && (RECRUITS.matcher(plain).find() || TAKES_PEOPLE.matcher(plain).find());
    }
}
