package id.migrasiaman.conversation;

import java.time.Instant;
import java.util.Map;

/**
 * What the bot remembers about one conversation between messages.
 *
 * @param id the pseudonymous conversation id
 * @param language the reply language, {@code id} or {@code en}
 * @param flow the active guided flow, or null
 * @param step the flow's current step, or null
 * @param data the flow's collected answers
 * @param version optimistic-locking version, incremented on every save
 * @param updatedAt last change
 */
public record ConversationState(
        String id,
        String language,
        String flow,
        String step,
        Map<String, String> data,
        long version,
        Instant updatedAt) {

    public ConversationState {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** A new conversation in {@code language}. */
    public static ConversationState fresh(String id, String language) {
        return new ConversationState(id, language, null, null, Map.of(), 0, Instant.now());
    }

    /** This state with another language. */
    public ConversationState withLanguage(String newLanguage) {
        return new ConversationState(id, newLanguage, flow, step, data, version, Instant.now());
    }

    /** This state inside {@code newFlow} at {@code newStep} with {@code newData}. */
    public ConversationState inFlow(String newFlow, String newStep, Map<String, String> newData) {
        return new ConversationState(
                id, language, newFlow, newStep, newData, version, Instant.now());
    }

    /** This state with no active flow. */
    public ConversationState withoutFlow() {
        return new ConversationState(id, language, null, null, Map.of(), version, Instant.now());
    }
}
