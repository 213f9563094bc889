package id.migrasiaman.answers;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/**
 * Wages withheld or deducted from someone already at work ("dia pung gaji tu katanya dipotong agen
 * di jakarta, dong bilang nanti dibayar kalau kapal pulang"): a labour problem now, not a job offer
 * to check (trial 18, D1: a fisherman's wife was told that no red flag was found "in this offer").
 */
final class WagesNow {

    private static final Pattern WAGE =
            Pattern.compile(" (gaji|gajinya|upah|doi gaji|wage|wages|salary|pay) ");

    private static final Pattern WITHHELD =
            Pattern.compile(
                    " (dipotong|potong|ditahan|tahan|belum dibayar|blm dibayar|tidak dibayar"
                            + "|tdk dibayar|sonde dibayar|son dibayar|sonde dapa|son dapa|tidak dapat"
                            + "|belum dapat|nanti dibayar|dibayar nanti|dibayar kalau|not paid|unpaid"
                            + "|withheld|deducted|held back) ");

    /** Someone at work now: aboard, with an employer, for months already. */
    private static final Pattern AT_WORK =
            Pattern.compile(
                    " (su di|sudah di|sdh di|lagi di|masih di|kapal pulang|di kapal|di atas kapal"
                            + "|sudah kerja|su kerja|sdh kerja|lagi kerja|majikan|kapten|captain"
                            + "|employer|on the boat|at sea|has been working|have been working"
                            + "|(su|sudah|sdh|udah) \\d+ (bulan|bln)|\\d+ (bulan|bln) (sonde|son|tidak"
                            + "|tdk|belum|blm|ga|gak)|for \\d+ months) ");

    /** An advertisement or an offer still to be taken: the offer check's. */
    private static final Pattern OFFER =
            Pattern.compile(
                    " (lowongan|loker|dicari|dibutuhkan|tawaran|ditawari|ditawarkan|offer|offered"
                            + "|vacancy|hiring|mau berangkat|akan berangkat|calon|syarat|daftar) ");

    private WagesNow() {}

    /** Whether {@code text} tells of wages withheld from someone already at work. */
    static boolean told(String text) {
        String words = Words.padded(text);
        return WAGE.matcher(words).find()
                && WITHHELD.matcher(words).find()
                && AT_WORK.matcher(words).find()
                && !OFFER.matcher(words).find();
    }

    private static final Pattern CREW =
            Pattern.compile(" (kapal|abk|awak kapal|nelayan|crew|boat|vessel|fishing) ");

    /** Whether the worker is fishing crew (free of placement costs, FACTS 4.1). */
    static boolean crew(String text) {
        return CREW.matcher(Words.padded(text)).find();
    }
}
