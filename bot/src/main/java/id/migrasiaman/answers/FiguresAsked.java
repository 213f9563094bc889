package id.migrasiaman.answers;

import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Texts;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Any figures for Kabupaten Kupang specifically?": a researcher, a journalist or a student asks
 * for numbers about the kabupaten. They were refused as off topic (trial 15, D23). The answer gives
 * the figures our sources have, each with its source and date (FACTS 2.8, 6, 1.12, 13.14), and whom
 * to ask for more; none is computed or extended.
 */
@Component
@Order(48)
class FiguresAsked extends WordedAnswer {

    static final int MAX_WORDS = 30;

    /** Numbers asked for. */
    private static final Pattern FIGURES =
            Pattern.compile(
                    "\\b(figures?|statistics?|stats|data|angka\\S*|statistik\\S*)\\b"
                            + "|\\b(how many|jumlah|berapa banyak|brp banyak|berapa)( \\S+)?"
                            + " (people|migrants?|migrant workers|workers|residents|died|deported"
                            + "|pmi|tki|tkw|pekerja|warga|orang|korban|meninggal|dideportasi)\\b");

    /** About the kabupaten (not the province alone, which the topics' figures answer). */
    private static final Pattern KABUPATEN =
            Pattern.compile(
                    "\\b(kabupaten kupang|kab\\.? kupang|kupang regency|district of kupang)\\b");

    FiguresAsked(Texts texts, Menus menus) {
        super(
                texts,
                menus,
                new Shape(
                        "figures.kabupaten",
                        "figures.risks",
                        "non-procedural-risks",
                        MAX_WORDS,
                        false));
    }

    @Override
    boolean asks(String lower) {
        return FIGURES.matcher(lower).find() && KABUPATEN.matcher(lower).find();
    }
}
