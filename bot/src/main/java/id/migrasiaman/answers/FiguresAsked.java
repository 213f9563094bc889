package id.migrasiaman.answers;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
class FiguresAsked implements MessageInterceptor {

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

    private final Texts texts;
    private final Menus menus;

    FiguresAsked(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || Questions.words(typed.text()) > MAX_WORDS) {
            return Optional.empty();
        }
        String text = typed.text().toLowerCase(Locale.ROOT);
        if (!FIGURES.matcher(text).find() || !KABUPATEN.matcher(text).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                List.of(
                        AnswerReplies.withTopic(
                                texts.get(lang, "figures.kabupaten"),
                                texts.get(lang, "figures.risks"),
                                "non-procedural-risks",
                                menus.backButton(lang))));
    }
}
