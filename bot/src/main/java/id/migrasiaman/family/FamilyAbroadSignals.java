package id.migrasiaman.family;

import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Entities;
import id.migrasiaman.nlp.Intent;
import java.util.regex.Pattern;

/**
 * Recognises a family member abroad who cannot be reached or is in trouble: a relative, a place
 * abroad (or on the way there), and no news or a problem. Indonesian, Kupang Malay and English.
 * Danger happening now (locked in, beaten) is left to the emergency path.
 */
final class FamilyAbroadSignals {

    private static final Pattern RELATIVE =
            words(
                    "anak|anakku|putra|putri|suami|istri|isteri|kakak|kaka|kakakku|adik|ade|adek|adikku"
                            + "|abang|ibu|mama|mamak|bapak|bapa|ayah|papa|saudara|saudari|sodara"
                            + "|keluarga|ponakan|keponakan|sepupu|paman|om|tante|bibi|nenek|kakek"
                            + "|cucu|menantu|mantu|ipar|laki|bini|maitua|son|daughter|child|kid"
                            + "|husband|wife|sister|brother|mother|mom|mum|father|dad|family"
                            + "|relative|cousin|niece|nephew|aunt|uncle");

    private static final Pattern ABROAD =
            Pattern.compile(
                    " (luar negeri|luar negri|abroad|overseas|negeri jiran|negara lain|malaysia"
                            // as a grandmother types it (trial 16, D11)
                            + "|malasya|malaysa|malysia"
                            + "|malay|hongkong|hong kong|taiwan|singapura|singapore|arab|saudi"
                            + "|korea|jepang|japan|brunei|kamboja|cambodia|myanmar|thailand"
                            + "|dubai|qatar|kuwait|oman|yordania|turki|sabah|sarawak|johor"
                            + "|kuala lumpur|penang|tawau|kinabalu|kuching"
                            // crew on a boat or ship: away like a worker abroad
                            + "|on (the|a|his|her|a fishing) (boat|ship|vessel)|fishing (boat|vessel)"
                            + "|kapal ikan|at sea"
                            + "|saudi arabia|uae|emirates|australia|new zealand|fiji|papua new guinea) ");

    /** No news: the family cannot reach them, or is looking for them. */
    private static final Pattern UNREACHABLE =
            Pattern.compile(
                    " ((tidak|tdk|tak|gak|ga|gk|nggak|ngga|enggak|sonde|son|belum|blm) ((bisa|bs"
                            + "|dapat|pernah|mau|ada) )?(dihubungi|dihub|di hubungi|hubungi|kontak|telpon"
                            + "|tlp|tlpn|telfon|nelpon|krm uang|kirim uang|krm kabar"
                            + "|telepon|ditelepon|ditelpon|balas|angkat|aktif|pulang|kembali"
                            + "|kabar|khabar|kasih kabar|kasi kabar|kirim kabar|memberi kabar"
                            + "|beri kabar)"
                            + "|hilang|putus kontak|lost contact|no news|missing"
                            + "|(men)?cari(kan)? (\\p{L}+ ){0,2}(anak|suami|istri|kakak|adik|ibu"
                            + "|bapak|ayah|saudara|keluarga)"
                            // ... but a recruiter "cari anak muda / gadis / untuk kerja" looks for
                            // workers, not for a relative.
                            + "(?! (muda|mudah|gadis|perempuan|laki|remaja|sekolah|kampung|desa"
                            + "|untuk|buat|utk|yg mau|yang mau|mau kerja|kerja|for work))"
                            + "|nomornya mati|hp ?nya mati|can ?not reach|can t reach|cant reach"
                            + "|not answering|not responding|haven t heard|have not heard"
                            + "|has not called|hasn t called"
                            // English as families write it: "hasn't answered for 2 months"
                            + "|(hasn t|hasnt|has not|haven t|havent|have not|hadn t|hadnt|didn t"
                            + "|didnt|did not|doesn t|doesnt|does not|isn t|isnt|is not|stopped)"
                            + " (been )?(answered|answering|replied"
                            + "|replying|responded|responding|called|calling|picked up|picking up"
                            + "|texted|messaged|heard from|able to reach|able to contact)"
                            + "|can ?not contact|can t contact|cant contact|can t get hold of|cant get hold of"
                            + "|can t get through|cannot get through|unreachable|no word from"
                            + "|no reply|no answer|no contact|lost touch|out of touch"
                            + "|phone (is|has been) (off|dead|switched off)|don t know where"
                            + "|do not know where|looking for (my|our)|trying to find (my|our)"
                            + "|find (my|our) (son|daughter|husband|wife|sister|brother|mother"
                            + "|father|mom|mum|dad|cousin|niece|nephew)) ");

    /** Trouble the family has heard of: left to the emergency path when it sounds like danger. */
    private static final Pattern PROBLEM =
            Pattern.compile(
                    " ((tidak|tdk|sonde|son|belum) (digaji|dibayar)|ditahan|tahan paspor"
                            // unpaid wages as families write them: "seng dapa gaji 1 taun",
                            // "gaji belum dibayar", "hasn't been paid" (trial 12, D1)
                            + "|(tidak|tdk|tak|sonde|son|seng|sen|belum|blm|ga|gak|nggak|tra)"
                            + " (pernah )?(dapat|dapa|dpt|terima|trima|dikasi|dikasih) (gaji|upah|uang gaji)"
                            + "|(gaji|upah)(nya)? (\\p{L}+ ){0,2}(tidak|tdk|sonde|son|seng|belum|blm|ga|gak"
                            + "|tra) (dibayar|dibayarkan|dikasi|dikasih|dikirim|keluar|masuk|cair)"
                            + "|(hasn t|hasnt|has not|haven t|havent|have not|wasn t|was not|isn t"
                            + "|is not|not been|never been|never) (been )?paid|no (salary|wages|pay)"
                            + "|dipenjara|ditangkap|kena tangkap|tertangkap|dideportasi|sakit|kecelakaan|bermasalah"
                            + "|dalam masalah|kena masalah|in trouble|arrested|detained|unpaid"
                            + "|not paid|passport (is )?(held|taken)|in jail|in prison|in hospital"
                            + "|in detention|was arrested|got arrested|is sick|very sick|injured"
                            + "|had an accident|stuck) ");

    /**
     * Sent back from abroad ("dideportasi dari Malaysia", "deported from Sabah", "dipulangkan dr
     * Johor"): the relative has left the country, so it is a return (the return topic's help), not
     * a relative abroad in trouble, unless the family also cannot reach them.
     */
    private static final Pattern SENT_BACK =
            Pattern.compile(
                    " (dideportasi|dideport|deportasi|dipulangkan|deported|sent back|sent home)"
                            + " (dari|dr|drpd|from) ");

    /** A story of the past ("dulu", "sudah pulang"): the stories flow is for those. */
    private static final Pattern PAST =
            Pattern.compile(
                    " (dulu|dlu|dolo|dahulu|sudah pulang|su pulang|baru pulang|used to"
                            + "|back then) ");

    /** Danger now, a child, or someone just gone: the emergency path answers these first. */
    private static final Pattern DANGER_NOW =
            words(
                    "dikunci|dikurung|disekap|dipukul|dipukuli|disiksa|dianiaya|diperkosa"
                            + "|dijual|diancam|dibunuh|kelaparan|kabur|darurat|sos|bahaya"
                            + "|terjebak|locked|beaten|abused|raped|threatened|starving|trapped"
                            + "|emergency|danger|urgent|segera"
                            // A child, or someone gone since yesterday: not a matter of weeks.
                            + "|umur 1[0-7]|1[0-7] tahun|1[0-7] taun|di bawah umur|dibawah umur"
                            + "|masih sekolah|underage|under 18|sejak kemarin|sejak kmrn|sejak tadi"
                            + "|sejak semalam|since yesterday|since last night");

    private FamilyAbroadSignals() {}

    /**
     * Whether {@code text} (with what the analyser found in it and the intent it routed to) tells
     * this situation. No news counts unless it is a story of the past; other trouble counts only
     * when it is no return (sent back from abroad) and when the analyser does not take it for an
     * emergency.
     */
    static boolean matches(String text, Entities entities, Intent intent) {
        String t = normalise(text);
        boolean abroad =
                !entities.destinations().isEmpty()
                        || !entities.transits().isEmpty()
                        || ABROAD.matcher(t).find();
        if (!abroad || !RELATIVE.matcher(t).find() || DANGER_NOW.matcher(t).find()) {
            return false;
        }
        boolean past = PAST.matcher(t).find();
        if (UNREACHABLE.matcher(t).find()) {
            return !past;
        }
        return PROBLEM.matcher(t).find()
                && !past
                && !SENT_BACK.matcher(t).find()
                && intent != Intent.EMERGENCY;
    }

    static String normalise(String text) {
        return Words.padded(text);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile(" (" + alternatives + ") ");
    }
}
