package id.migrasiaman.reports.chat;

import id.migrasiaman.conversation.ConversationState;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the conversation was before a short detour (answering the Satgas), kept inside the detour's
 * own flow data so that nothing typed so far is lost and the conversation goes back there
 * afterwards.
 */
final class ReturnPoint {

    private static final String FLOW = "ret.flow";
    private static final String STEP = "ret.step";
    private static final String DATA = "ret.d.";

    private ReturnPoint() {}

    /** {@code detour} plus the flow, step and data of {@code current}. */
    static Map<String, String> keep(ConversationState current, Map<String, String> detour) {
        Map<String, String> data = new HashMap<>(detour);
        if (current.flow() != null) {
            data.put(FLOW, current.flow());
        }
        if (current.step() != null) {
            data.put(STEP, current.step());
        }
        current.data().forEach((k, v) -> data.put(DATA + k, v));
        return data;
    }

    /** The state the detour in {@code detour} started from. */
    static ConversationState back(ConversationState detour) {
        Map<String, String> data = new HashMap<>();
        detour.data()
                .forEach(
                        (k, v) -> {
                            if (k.startsWith(DATA)) {
                                data.put(k.substring(DATA.length()), v);
                            }
                        });
        return detour.inFlow(detour.data().get(FLOW), detour.data().get(STEP), data);
    }

    /** Whether going back from {@code detour} resumes a flow. */
    static boolean resumesFlow(ConversationState detour) {
        return detour.data().containsKey(FLOW);
    }
}
