package id.migrasiaman.answers;

import id.migrasiaman.conversation.AnswerFirst;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.SituationResponder;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "What are the hotline numbers for Indonesian workers in Taiwan? And in Hong Kong?": the numbers
 * of every country a short question names, one line each (FACTS §11), under the title of the topic
 * of help abroad. Retrieval answered with the first country's card and dropped the second (trial
 * 18, D18).
 */
@Component
@Order(21)
class CountriesHotlines implements AnswerFirst, SituationResponder {

    static final int MAX_WORDS = 30;

    private static final Pattern NUMBERS =
            Pattern.compile(
                    " (hotline|hotlines|helpline|number|numbers|nomor|nomer|no hp|kontak|contact"
                            + "|contacts|telepon|telpon|call) ");

    /** For workers abroad, not a tourist's or a student's emergency numbers. */
    private static final Pattern WORKERS =
            Pattern.compile(
                    " (pmi|tki|tkw|pekerja|buruh|migran|migrant|worker|workers|kerja|bekerja|karja"
                            + "|helper|helpers|maid|maids|prt) ");

    private final AnswerReplies cards;
    private final Texts texts;

    CountriesHotlines(AnswerReplies cards, Texts texts) {
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public Optional<List<Reply>> answer(Turn turn, Analysis analysis) {
        String text = analysis.text() == null ? "" : analysis.text();
        List<String> countries = analysis.entities().destinations().stream().distinct().toList();
        if (turn.state().active() != null
                || countries.size() < 2
                || Questions.words(text) > MAX_WORDS
                || !Questions.isQuestion(text)
                || !NUMBERS.matcher(Words.padded(text)).find()
                || !WORKERS.matcher(Words.padded(text)).find()) {
            return Optional.empty();
        }
        String lang = turn.language();
        String lines =
                countries.stream()
                        .map(c -> Abroad.mission(texts, lang, c))
                        .distinct()
                        .collect(Collectors.joining("\n"));
        return Optional.of(
                List.of(
                        cards.helpAbroadLine(
                                cards.titleLine("help-abroad", lang)
                                        + lines
                                        + "\n"
                                        + texts.get(lang, "countries.hotlines.end"),
                                lang)));
    }

    @Override
    public Optional<List<Reply>> respond(Turn turn, Analysis analysis) {
        return answer(turn, analysis);
    }
}
