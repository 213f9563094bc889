package id.migrasiaman.emergency;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer speaks of their own danger ("sa di kebun sawit di Sarawak, majikan kunci kami", "aku
 * umur 15, om bilang besok berangkat"): advice then says "Anda" or "kamu", not "sebutkan bahwa dia
 * di Sarawak" or "katakan di mana mereka ditampung" as if to a relative (trial 16, D25). A relative
 * or friend named as the one in danger ({@link SomeoneElse}) is never the writer.
 */
final class FirstPerson {

    /** The writer placed, harmed or held: "sa di Kuching", "saya dikunci", "pukul sa", "I'm in". */
    private static final Pattern SELF =
            Pattern.compile(
                    "\\b(sa|saya|sy|beta|aku|kami|katong)\\s+(sekarang\\s+|masih\\s+|lagi\\s+|juga\\s+"
                            + "|sedang\\s+)?(di|kerja\\s+di|karja\\s+di|bekerja\\s+di|tinggal\\s+di"
                            + "|di[a-z]{3,}|ter[a-z]{3,}|sembunyi|lari|kabur)\\b"
                            + "|\\b(pukul|tampar|tendang|kunci|ancam|sekap|siksa|tahan|kejar|ikat)"
                            + "\\s+(sa|saya|sy|beta|aku|kami|katong)\\b"
                            + "|\\b(i'?m|i\\s+am|we\\s+are|we're)\\s+(in|at|stuck|locked|held|trapped"
                            + "|hiding|working)\\b"
                            + "|\\b(locked|hit|beat|beats|holds?|keeps?|took|threaten(s|ed)?)\\s+(me|us)\\b");

    /** The writer's own age: "aku umur 15", "sa baru 16 tahun", "umur saya 15", "I'm 15". */
    private static final Pattern OWN_AGE =
            Pattern.compile(
                    "\\b(?:aku|saya|sa|sy|beta|i'?m|i\\s+am)\\s+(?:masih\\s+|baru\\s+|only\\s+)?"
                            + "(?:umur\\s+|usia\\s+)?(\\d{1,2})\\b(?!\\s*(?:orang|org|ribu|rb|juta|jt"
                            + "|bulan|bln|hari|jam))"
                            + "|\\b(?:umur|usia)\\s+(?:aku|saya|sa|sy|beta)\\s+(?:baru\\s+|masih\\s+)?"
                            + "(\\d{1,2})\\b");

    /** A child in words: "aku masih SMP", "saya masih di bawah umur". */
    private static final Pattern OWN_CHILDHOOD =
            Pattern.compile(
                    "\\b(aku|saya|sa|sy|beta)\\s+(masih\\s+)?(sd|smp|sma|smk|anak\\s+sekolah"
                            + "|di\\s?bawah\\s+umur|bawah\\s+umur)\\b");

    private static final int ADULT = 18;

    private FirstPerson() {}

    /** Whether {@code text} tells of the writer's own danger or place, not a relative's. */
    static boolean aboutSelf(String text) {
        if (text == null || SomeoneElse.inDanger(text)) {
            return false;
        }
        return SELF.matcher(text.toLowerCase(Locale.ROOT)).find() || theChild(text);
    }

    /** Whether the writer is the child under 18 about to be taken ("aku umur 15 …"). */
    static boolean theChild(String text) {
        if (text == null || SomeoneElse.inDanger(text)) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (OWN_CHILDHOOD.matcher(lower).find()) {
            return true;
        }
        Matcher age = OWN_AGE.matcher(lower);
        while (age.find()) {
            String years = age.group(1) != null ? age.group(1) : age.group(2);
            int n = Integer.parseInt(years);
            if (n >= 5 && n < ADULT) {
                return true;
            }
        }
        return false;
    }
}
