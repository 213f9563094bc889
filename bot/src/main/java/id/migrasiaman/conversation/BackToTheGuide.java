package id.migrasiaman.conversation;

import java.util.regex.Pattern;

/**
 * "sekarang saya mau lanjut panduan jalur resmi tadi", "continue the guide": the person wants the
 * legal-route guide back where she left it (trial 15, D17: after an emergency this was filed into
 * the urgent report). The guide answers it; the emergency leaves it to the guide and stays open.
 */
public final class BackToTheGuide {

    private static final Pattern GO_ON =
            Pattern.compile(
                    " (lanjut|lanjutkan|melanjutkan|terusin|teruskan|kembali ke|balik ke|buka lagi"
                            + "|continue|resume|back to|go on with|go back to) ");

    private static final Pattern GUIDE =
            Pattern.compile(" (panduan|jalur resmi|jalur|langkah|guide|route|step|steps) ");

    private BackToTheGuide() {}

    /** Whether {@code text} asks to go on with the guide. */
    public static boolean asked(String text) {
        String words = Words.padded(text);
        return GO_ON.matcher(words).find() && GUIDE.matcher(words).find();
    }
}
