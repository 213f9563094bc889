package id.migrasiaman.conversation;

import java.util.Optional;

/**
 * A flow that has waited too long ends before a turn is routed, so that a message long after it is
 * read afresh (the safety check included); the note says what became of the flow and comes first.
 */
public interface FlowLapse {

    /**
     * The note when the active flow of {@code turn} lapsed (the turn's state updated), or empty.
     */
    Optional<Reply> lapsed(Turn turn);
}
