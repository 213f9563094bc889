package id.migrasiaman.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A guided conversation (a report, a story) that takes every message while it is active. Its typed
 * state ({@link ConversationState#active()}) is stored, so it resumes after a restart.
 */
public interface Flow {

    /** The name of the flow, the same as its state's {@code FlowState#name()}. */
    String name();

    /**
     * Handles the next message of an active flow; an empty list hands the message back to normal
     * routing and ends the flow.
     */
    List<Reply> next(Turn turn);

    /**
     * Asks again what the flow was waiting for, after the conversation comes back to it (e.g. after
     * an emergency interrupted it); empty when the flow has nothing specific to ask.
     */
    default List<Reply> resume(Turn turn) {
        return List.of();
    }

    /**
     * A danger message typed at this flow's step interrupted it (the alarm goes out first). When
     * the text also answers the step ("johor bahru. majikan pukul dia" at "which city?"), the flow
     * may keep that answer and move its state to the next step, so that going back asks what comes
     * next; by default nothing is kept and the step is asked again.
     */
    default void interruptedBy(Turn turn, String text) {}

    /**
     * Whether {@code content} (a command, another feature's button) ends this flow before it is
     * handled. A report waits for /batal; a story does not hold the person who moved on, or a later
     * question would be stored as her story.
     */
    default boolean endsOn(Content content) {
        return false;
    }

    /**
     * What to say instead of running {@code command}, when running it would lose unsaved work of
     * this flow (an unsent report before /jalur); empty lets the command run.
     */
    default Optional<List<Reply>> heldBy(Turn turn, Content.Command command) {
        return Optional.empty();
    }

    /** Said before what ends the flow ({@link #endsOn}): what was kept or not; may be empty. */
    default List<Reply> left(Turn turn) {
        return List.of();
    }

    /**
     * Whether this typed message is a question beside the flow: it is answered as usual, then the
     * flow asks its step again, and nothing of it is stored in the flow.
     */
    default boolean asksAside(Turn turn) {
        return false;
    }

    /**
     * Whether this typed message is the person's worry about their own safety in this flow ("sa
     * takut dong tau sa yang lapor" inside a report), which the flow answers itself and keeps out
     * of its answers: the fear is no danger now, so a weak danger signal in it asks nothing.
     */
    default boolean answersWorry(Turn turn) {
        return false;
    }
}
