package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Is MOM the ministry of manpower? what number?": the short name of a help line the bot itself
 * showed, asked about. It was refused as off topic right under the list that named it (trial 17,
 * D32). The answer says what the office is and its number, from FACTS (MOM 11.15, SCDF 11.15, the
 * 1955 line 11.11); asked inside an open alarm or beside the danger question too.
 */
@Component
@Order(20)
class HelplineAsked implements AnswerFirst {

    static final int MAX_WORDS = 20;

    /**
     * Each short name, as typed (MOM in capitals or spelt out: "my mom" is no ministry), and the
     * text that says what it is.
     */
    private static final Map<String, Pattern> NAMES =
            Map.of(
                    "helpline.mom",
                    Pattern.compile("\\bMOM\\b|(?i)\\bministry of manpower\\b"),
                    "helpline.scdf",
                    Pattern.compile("(?i)\\bscdf\\b"),
                    "helpline.1955",
                    Pattern.compile("\\b1955\\b"));

    /** Asking what it is, or its number. */
    private static final Pattern ASKS =
            Pattern.compile(
                    "\\b(what|which|who|is|apa|apakah|itu|number|nomor|nomer|nomornya|no|phone"
                            + "|call|hubungi|telepon|telpon|stand for|singkatan|artinya)\\b");

    private final AnswerReplies cards;
    private final Texts texts;

    HelplineAsked(AnswerReplies cards, Texts texts) {
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        String typed = analysis.text();
        String text = typed.toLowerCase(Locale.ROOT);
        if (Questions.words(text) > MAX_WORDS
                || !Questions.isQuestion(analysis.text())
                || !ASKS.matcher(text).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        return NAMES.entrySet().stream()
                .filter(e -> e.getValue().matcher(typed).find())
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .map(key -> List.of(cards.helpAbroadLine(texts.get(lang, key), lang)));
    }

    @Override
    public Optional<List<Reply>> besideHotlines(Turn turn, Analysis analysis) {
        return answer(turn, analysis);
    }
}
