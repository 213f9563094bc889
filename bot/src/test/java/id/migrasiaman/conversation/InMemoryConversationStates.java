package id.migrasiaman.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Conversation state in a map, for fast tests of the router and the flows: versions count up like
 * the MongoDB store's, and {@link #fail(boolean)} plays storage that is away.
 */
public final class InMemoryConversationStates implements ConversationStates {

    private final Map<String, ConversationState> states = new ConcurrentHashMap<>();
    private final AtomicInteger saves = new AtomicInteger();
    private volatile boolean failing;

    @Override
    public Optional<ConversationState> find(String conversationId) {
        failIfAway();
        return Optional.ofNullable(states.get(conversationId));
    }

    @Override
    public ConversationState save(ConversationState state) {
        failIfAway();
        ConversationState stored =
                new ConversationState(
                        state.id(),
                        state.language(),
                        state.active(),
                        state.recall(),
                        state.version() + 1,
                        Instant.now(),
                        state.languageSet(),
                        state.whereabouts(),
                        state.whereaboutsAt());
        states.put(state.id(), stored);
        saves.incrementAndGet();
        return stored;
    }

    /** The stored state of {@code conversationId}, if any. */
    public Optional<ConversationState> stored(String conversationId) {
        return Optional.ofNullable(states.get(conversationId));
    }

    /** How many times a state was saved. */
    public int saves() {
        return saves.get();
    }

    /** While {@code away}, every read and write throws, as when MongoDB is down. */
    public void fail(boolean away) {
        failing = away;
    }

    private void failIfAway() {
        if (failing) {
            throw new IllegalStateException("storage away (test)");
        }
    }
}
