package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/**
 * News after an alarm that the person is out of danger now: "puji Tuhan sy su keluar, sepupu datang
 * jemput", "dia sudah dijemput polisi", "I'm out now", "she is safe". It goes on the urgent report
 * whatever else the message asks, so that staff do not go looking for someone already safe, nor
 * close a second case as "she got out" (trial 18, D32).
 */
final class OutNow {

    private static final Pattern OUT =
            Pattern.compile(
                    " (sudah|sdh|udah|udh|su|so|baru|barusan|berhasil|akhirnya) (keluar|kabur"
                            + "|lolos|lari|bebas|selamat|aman|dijemput|diselamatkan|ditolong"
                            + "|dilepas|dilepaskan|di luar) "
                            + "|( i m| im| i am| we re| we are| she is| she s| he is| he s"
                            + "| they are| they re) (now )?(out|safe|free|rescued|released) "
                            + "|( got| made it) out | escaped | been rescued | were rescued"
                            + "| was rescued ");

    private OutNow() {}

    /** Whether {@code text} says the person got out or is safe now. */
    static boolean said(String text) {
        String words = Words.padded(text);
        return OUT.matcher(words).find();
    }
}
