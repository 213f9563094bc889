package id.migrasiaman.conversation;

/** Builds turns for tests of responders outside the router. */
public final class TestTurns {

    public Turn turn(IncomingMessage message, ConversationState state) {
        return new Turn(message, state);
    }
}
