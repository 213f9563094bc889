package id.migrasiaman.conversation;

/**
 * One message being handled: the message and the conversation state, which handlers may replace.
 * Only the router creates turns; it saves the state afterwards if it changed.
 */
public final class Turn {

    private final IncomingMessage message;
    private final ConversationState original;
    private ConversationState state;

    Turn(IncomingMessage message, ConversationState state) {
        this.message = message;
        this.original = state;
        this.state = state;
    }

    public IncomingMessage message() {
        return message;
    }

    public ConversationState state() {
        return state;
    }

    /** The reply language of this conversation. */
    public String language() {
        return state.language();
    }

    /**
     * Whether this turn began inside a flow of {@code kind} that a handler has since left: a text
     * typed under an emergency's "is anyone in danger now?" that was handed back to the flow it
     * interrupted, whose own question was not the last one shown.
     */
    public boolean beganIn(Class<?> kind) {
        return kind.isInstance(original.active()) && !kind.isInstance(state.active());
    }

    /** Replaces the conversation state; it is saved when the turn ends. */
    public void update(ConversationState newState) {
        this.state = newState;
    }

    boolean changed() {
        return !state.equals(original);
    }
}
