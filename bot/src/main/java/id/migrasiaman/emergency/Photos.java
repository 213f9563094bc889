package id.migrasiaman.emergency;

import id.migrasiaman.conversation.Words;
import java.util.regex.Pattern;

/**
 * Photos or videos of the person spread, or threatened to be spread ("kalo aku ga jadi, fotonya dia
 * sebar", "he will post my photos"): sextortion. The person needs what to do about the photos
 * before the generic "delete this chat" advice, which would destroy the evidence (trial 18, D7).
 */
final class Photos {

    private static final String PICTURES =
            "(foto|fotonya|fotoku|video|videonya|photos?|pictures?|pics?)";

    private static final String SPREAD =
            "(sebar|disebar|sebarin|sebarkan|disebarkan|menyebarkan|viral|viralkan|diviralkan"
                    + "|upload|diupload|posting|share|spread|leak|post|release)";

    private static final Pattern THREAT =
            Pattern.compile(
                    " "
                            + PICTURES
                            + " ((\\S+ ){0,3})"
                            + SPREAD
                            + " | "
                            + SPREAD
                            + " ((\\S+ ){0,2})"
                            + PICTURES
                            + " ");

    private Photos() {}

    /** Whether {@code text} tells of photos spread or threatened to be spread. */
    static boolean threatened(String text) {
        return text != null && THREAT.matcher(Words.padded(text)).find();
    }
}
