package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.conversation.flows.ReportState;
import java.util.regex.Pattern;

/**
 * Children about to be taken away within a day or two, told as news: "beberapa masih anak-anak,
 * umur 15-16 … berangkat besok pagi lewat Tenau" (trial 13, D16: a village head's report of a house
 * holding about 20 recruits became an 8-step form, and "ke mana yang paling cepat?" was stored as
 * "who"). A child may not be placed abroad at all (UU 18/2017 Pasal 5, FACTS 1.2), and after the
 * departure the chance to stop it is gone: this is an alarm now (Polisi 110, SAPA 129 for children,
 * FACTS 5.2–5.3), and the report goes on after it. What a report already holds counts too: the
 * destination may have been said in an earlier message.
 */
final class ChildrenTakenSoon {

    /** An age under 18, or children named as under age. */
    private static final Pattern UNDER_AGE =
            Pattern.compile(
                    " (masih anak|masih anak anak|masih anak2|di bawah umur|dibawah umur"
                            + "|belum 18|blm 18|under 18|underage|minors?"
                            + "|(umur|usia|umurnya|usianya|aged?|age) (\\d+ )?1[0-7]"
                            + "|1[0-7] (\\d+ )?(tahun|thn|taun|th|years? old|yo)"
                            + "|(umur|usia|aged?) [1-9] (tahun|thn|taun)) ");

    /** Children without an age: counted only in a report, where recruits are the subject. */
    private static final Pattern CHILDREN =
            Pattern.compile(" (anak anak|anak2|children|kids|anak kecil) ");

    /** Within a day or two, or this week. */
    private static final Pattern SOON =
            Pattern.compile(
                    " (besok|bsk|besoknya|lusa|hari ini|malam ini|nanti malam|pagi ini|sore ini"
                            + "|siang ini|minggu ini|tomorrow|tonight|today|this week"
                            + "|in (two|2|a few) days) ");

    /** Leaving, being taken, or the way out (a port, an airport). */
    private static final Pattern LEAVING =
            Pattern.compile(
                    " (berangkat|brangkat|barangkat|diberangkatkan|pergi|pi|dibawa|dibawa pergi"
                            + "|dikirim|naik kapal|naik pesawat|menyeberang|nyebrang|leave|leaving"
                            + "|leaves|depart|departing|taken|shipped|sail|sailing|fly|flying"
                            + "|pelabuhan|bandara|tenau|port|airport) ");

    /** Abroad, or a way out the recruiters use (FACTS 6). */
    private static final Pattern AWAY =
            Pattern.compile(
                    " (luar negeri|ln|abroad|overseas|malaysia|malay|sabah|sarawak|johor|kuching"
                            + "|tawau|singapura|singapore|hong kong|hongkong|taiwan|brunei"
                            + "|kamboja|cambodia|myanmar|thailand|batam|nunukan|entikong|tarakan"
                            + "|tenau|pelabuhan|bandara|ditampung|penampungan|kerja|work) ");

    private ChildrenTakenSoon() {}

    /**
     * Whether {@code text} tells (not asks) that children leave soon, read together with what the
     * report being written already holds.
     */
    static boolean told(String text, ConversationState state) {
        if (text == null || text.isBlank() || Questions.isQuestion(text)) {
            return false;
        }
        String said = Words.padded(text);
        String all =
                Words.padded(
                        state.active(ReportState.class).map(r -> r.what() + " ").orElse("") + text);
        boolean reporting = state.active(ReportState.class).isPresent();
        boolean childrenHere =
                UNDER_AGE.matcher(said).find() || reporting && CHILDREN.matcher(said).find();
        boolean children =
                UNDER_AGE.matcher(all).find() || reporting && CHILDREN.matcher(all).find();
        boolean newHere = childrenHere || SOON.matcher(said).find() && LEAVING.matcher(said).find();
        return newHere
                && children
                && SOON.matcher(all).find()
                && LEAVING.matcher(all).find()
                && AWAY.matcher(all).find();
    }
}
