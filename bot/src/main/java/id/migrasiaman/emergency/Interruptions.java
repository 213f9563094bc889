package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationState;
import id.migrasiaman.conversation.flows.EmergencyState;
import java.util.Optional;

/**
 * The flow an emergency interrupted is kept, typed, in the emergency's own state ({@link
 * EmergencyState#interrupted()}), so that "back to where I was" restores it with nothing lost.
 */
final class Interruptions {

    private Interruptions() {}

    /** The name of the flow {@code emergency} interrupted, if any. */
    static Optional<String> flowIn(EmergencyState emergency) {
        return Optional.ofNullable(emergency.interrupted()).map(f -> f.name());
    }

    /** The interrupted flow's state, restored from the emergency's state. */
    static Optional<ConversationState> restore(ConversationState state) {
        return state.active(EmergencyState.class)
                .map(EmergencyState::interrupted)
                .map(state::detour);
    }
}
