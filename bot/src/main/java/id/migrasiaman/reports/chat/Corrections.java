package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/**
 * A message inside the report that asks to correct an earlier answer ("eh tunggu, beta salah tulis
 * nama, bisa ganti ko?", "sorry, wrong name, can I change it?"): not an answer to the question on
 * screen, so it is never stored in that step's field.
 */
final class Corrections {

    private static final Pattern ASKED =
            Pattern.compile(
                    " (salah (tulis|ketik|isi|sebut|kasi|kasih|jawab|pencet|tekan|klik)"
                            // "eh salah pencet, bukan malaysia tapi taiwan" (trial 18, D4)
                            + "|wrong button|pressed the wrong|tapped the wrong"
                            + "|(bisa|boleh|mau|sa mau|beta mau|sy mau|saya mau) (di ?)?(ganti|ubah|ralat|koreksi|perbaiki)"
                            + "|(ganti|ubah|ralat|koreksi|perbaiki) (jawaban|nama|yang tadi|yg tadi|tadi)"
                            + "|ralat|typo|wrong (name|answer|number|info)"
                            + "|(made|make) a mistake|(can|could) i (change|correct|fix|edit)"
                            + "|i (wrote|typed|put) the wrong) ");

    private Corrections() {}

    /** Whether {@code text} asks to change an answer given before. */
    static boolean asked(String text) {
        return ASKED.matcher(Words.padded(text)).find();
    }
}
