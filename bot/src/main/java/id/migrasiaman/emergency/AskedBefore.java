package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.conversation.flows.EmergencyStep;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What raised a danger question the person answered "not now" (a button or words), kept for an hour
 * in the {@link ConversationMemory}: a later 🚨 "Yes, now" then carries it to the URGENT report, so
 * that staff can triage (lead's chat trial, round 22: the report and the alarm held only "[Ya,
 * sekarang]").
 */
@Component
class AskedBefore {

    /** The messages that raised the question and where they placed the person (may be empty). */
    record Asked(String text, String country) {}

    static final Duration KEPT = Duration.ofHours(1);

    private static final ConversationMemory.Fact<Asked> ASKED =
            new ConversationMemory.Fact<>("emergency.asked-before", Asked.class, KEPT);

    private final ConversationMemory memory;

    AskedBefore(ConversationMemory memory) {
        this.memory = memory;
    }

    /** Keeps what the question of {@code turn}'s emergency was asked about, if it has a text. */
    void declined(Turn turn) {
        turn.state()
                .active(EmergencyState.class)
                .filter(e -> e.step() == EmergencyStep.ASK && !e.text().isBlank())
                .ifPresent(
                        e ->
                                memory.put(
                                        turn.state().id(),
                                        ASKED,
                                        new Asked(e.text(), e.country())));
    }

    /** What was kept, forgotten now that the alarm carries it. */
    Optional<Asked> take(Turn turn) {
        Optional<Asked> asked = memory.get(turn.state().id(), ASKED);
        memory.forget(turn.state().id(), ASKED);
        return asked;
    }
}
