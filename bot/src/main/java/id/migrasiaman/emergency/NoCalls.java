package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/**
 * How the person in danger can be reached safely, told after an alarm: "jgn telp", "sms aja", "wa
 * aja", "don't call me, text only". A phone ringing can give her away (trial 19, D7: a girl in a
 * penampungan whose phone was about to be taken wrote "jgn telp", then "sms aja"); each such
 * message goes on the urgent report, and she is told that officers will not call.
 */
final class NoCalls {

    private static final Pattern SAID =
            Pattern.compile(
                    " (jgn|jangan|jng|jan|jang|ga usah|gak usah|nggak usah|tidak usah|tdk usah"
                            + "|sonde usah|son usah|don t|dont|do not|please don t|pls don t)"
                            + " (di)?(telp|telpon|telepon|tlp|tlpn|nelpon|menelepon|call|ring)"
                            + "| (sms|wa|whatsapp|chat|pesan|text|message|msg) (aja|saja|sa|only"
                            + " please|only|me instead) "
                            + "| (lewat|via|by) (sms|wa|whatsapp|chat|pesan|text) (aja|saja|only) "
                            + "| text only | messages only ");

    private NoCalls() {}

    /** Whether {@code text} asks not to be phoned, or to be reached by message only. */
    static boolean said(String text) {
        return SAID.matcher(Words.padded(text)).find();
    }
}
