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
import java.util.function.Predicate;

/**
 * One fixed answer to a short question recognised by its words, outside any flow: a text of the
 * bundle, and a button to the topic that says more ({@link ContactsAsked}, {@link FiguresAsked}).
 */
abstract class WordedAnswer implements MessageInterceptor {

    /** What the answer is: its text, its button's text, and the topic the button opens. */
    record Shape(String textKey, String buttonKey, String topicId, int maxWords, boolean asked) {}

    private final Texts texts;
    private final Menus menus;
    private final Shape shape;

    WordedAnswer(Texts texts, Menus menus, Shape shape) {
        this.texts = texts;
        this.menus = menus;
        this.shape = shape;
    }

    /** Whether {@code lower} (the typed text in lower case) asks this answer's question. */
    abstract boolean asks(String lower);

    /** A worded answer whose question is recognised by {@code asks}. */
    static WordedAnswer of(Texts texts, Menus menus, Shape shape, Predicate<String> asks) {
        return new WordedAnswer(texts, menus, shape) {
            @Override
            boolean asks(String lower) {
                return asks.test(lower);
            }
        };
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (turn.state().active() != null
                || !(turn.message().content() instanceof Content.Text typed)
                || Questions.words(typed.text()) > shape.maxWords()
                || (shape.asked() && !Questions.isQuestion(typed.text()))
                || !asks(typed.text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String lang = turn.language();
        return Optional.of(
                List.of(
                        AnswerReplies.withTopic(
                                texts.get(lang, shape.textKey()),
                                texts.get(lang, shape.buttonKey()),
                                shape.topicId(),
                                menus.backButton(lang))));
    }
}
