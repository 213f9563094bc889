package id.migrasiaman.conversation;

import id.migrasiaman.nlp.Analysis;
import java.util.List;
import java.util.Optional;

/**
 * Gets the first look at free text the intent routing is about to answer, for situations the
 * intents do not name: a family whose relative abroad cannot be reached is neither a question nor
 * out of scope.
 */
public interface SituationResponder {

    /** The replies if this situation fits {@code analysis}, otherwise empty. */
    Optional<List<Reply>> respond(Turn turn, Analysis analysis);
}
