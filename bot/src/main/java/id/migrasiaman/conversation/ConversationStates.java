package id.migrasiaman.conversation;

import java.util.Optional;

/** Where conversation state lives between messages (MongoDB in production). */
public interface ConversationStates {

    /** The stored state of {@code conversationId}, if any. */
    Optional<ConversationState> find(String conversationId);

    /** Stores {@code state}; returns the stored state with its new version. */
    ConversationState save(ConversationState state);
}
