package id.migrasiaman.conversation;

import java.util.List;
import java.util.Optional;

/** Where conversation state lives between messages (MongoDB in production). */
public interface ConversationStates {

    /** The stored state of {@code conversationId}, if any. */
    Optional<ConversationState> find(String conversationId);

    /** Stores {@code state}; returns the stored state with its new version. */
    ConversationState save(ConversationState state);

    /**
     * Stores {@code state} together with the turn that produced it (the message's source key and
     * the replies), in one write, so a message delivered again after a crash is answered from this
     * record instead of being handled a second time.
     */
    default ConversationState save(ConversationState state, String sourceKey, List<Reply> replies) {
        return save(state);
    }

    /** The replies of the last saved turn, if that turn was the message {@code sourceKey}. */
    default Optional<List<Reply>> repliesOf(String conversationId, String sourceKey) {
        return Optional.empty();
    }

    /** Drops any cached copy: another instance may have changed the conversation. */
    default void forget(String conversationId) {}
}
