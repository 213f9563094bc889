package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Optional;

/**
 * Gets a look at free text after the situations and before the responder of its intent: a plain
 * question that the intent model read as a broker report or an offer ("kalau calo sudah kasih uang
 * sirih, anak wajib berangkat?") can still get the topic that answers it. Unlike a {@link
 * SituationResponder}, the safety layer never consults it: a question with a weak danger signal
 * keeps its hotlines and the danger question, and the router adds the answer beside them ({@link
 * #besideHotlines}).
 */
public interface AnswerFirst {

    /** The replies if this answers {@code analysis} before its intent's responder, else empty. */
    Optional<List<Reply>> answer(Turn turn, Analysis analysis);

    /**
     * The replies that answer {@code analysis} beside the hotlines and the one-tap danger question
     * a weak danger signal got (never instead of them, never after an alarm), else empty.
     */
    default Optional<List<Reply>> besideHotlines(Turn turn, Analysis analysis) {
        return Optional.empty();
    }
}
