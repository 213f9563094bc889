package id.migrasiaman.family;

import id.migrasiaman.nlp.Entities;
import java.util.Locale;
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
                            + "|malay|hongkong|hong kong|taiwan|singapura|singapore|arab|saudi"
                            + "|korea|jepang|japan|brunei|kamboja|cambodia|myanmar|thailand"
                            + "|dubai|qatar|kuwait|oman|yordania|turki|sabah|sarawak|johor"
                            + "|kuala lumpur|penang|tawau|kinabalu|kuching) ");

    private static final Pattern TROUBLE =
            Pattern.compile(
                    " ((tidak|tdk|tak|gak|ga|nggak|ngga|enggak|sonde|son|belum|blm) ((bisa|dapat"
                            + "|pernah|mau|ada) )?(dihubungi|di hubungi|hubungi|kontak|telpon"
                            + "|telepon|ditelepon|ditelpon|balas|angkat|aktif|pulang|kembali"
                            + "|digaji|dibayar|kabar|khabar|kasih kabar|kasi kabar|kirim kabar"
                            + "|memberi kabar|beri kabar)"
                            + "|hilang|putus kontak|lost contact|no news|missing"
                            + "|(men)?cari(kan)? (\\p{L}+ ){0,2}(anak|suami|istri|kakak|adik|ibu"
                            + "|bapak|ayah|saudara|keluarga)"
                            + "|ditahan|tahan paspor|dipenjara|ditangkap|dideportasi|sakit"
                            + "|kecelakaan|bermasalah|dalam masalah|kena masalah|nomornya mati"
                            + "|hp ?nya mati|can ?not reach|can t reach|cant reach|not answering"
                            + "|not responding|haven t heard|have not heard|has not called"
                            + "|hasn t called|in trouble|arrested|detained|unpaid|not paid"
                            + "|passport (is )?(held|taken)) ");

    /** Danger now: the emergency path answers these first. */
    private static final Pattern DANGER_NOW =
            words(
                    "dikunci|dikurung|disekap|dipukul|dipukuli|disiksa|dianiaya|diperkosa"
                            + "|dijual|diancam|dibunuh|kelaparan|kabur|darurat|sos|bahaya"
                            + "|terjebak|locked|beaten|abused|raped|threatened|starving|trapped"
                            + "|emergency|danger");

    private FamilyAbroadSignals() {}

    /** Whether {@code text} (with what the analyser found in it) tells this situation. */
    static boolean matches(String text, Entities entities) {
        String t = normalise(text);
        boolean abroad =
                !entities.destinations().isEmpty()
                        || !entities.transits().isEmpty()
                        || ABROAD.matcher(t).find();
        return abroad
                && RELATIVE.matcher(t).find()
                && TROUBLE.matcher(t).find()
                && !DANGER_NOW.matcher(t).find();
    }

    static String normalise(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return " " + lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile(" (" + alternatives + ") ");
    }
}
