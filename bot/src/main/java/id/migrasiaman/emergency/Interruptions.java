package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationState;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the flow an emergency interrupted (its name, step and answers) inside the emergency's own
 * data, so that "back to where I was" restores it with nothing lost.
 */
final class Interruptions {

    private static final String FLOW = "stash.flow";
    private static final String STEP = "stash.step";
    private static final String DATA = "stash.data";

    private Interruptions() {}

    /**
     * The stash to carry into the emergency: the active flow's state, or, when the emergency is
     * already active, the flow it interrupted before.
     */
    static Map<String, String> stashOf(ConversationState state) {
        Map<String, String> stash = new HashMap<>();
        if (state.flow() == null) {
            return stash;
        }
        if (EmergencyResponder.NAME.equals(state.flow())) {
            state.data()
                    .forEach(
                            (k, v) -> {
                                if (k.startsWith("stash.")) {
                                    stash.put(k, v);
                                }
                            });
            return stash;
        }
        stash.put(FLOW, state.flow());
        stash.put(STEP, state.step() == null ? "" : state.step());
        stash.put(DATA, encode(state.data()));
        return stash;
    }

    /** The name of the interrupted flow, if any. */
    static Optional<String> flowIn(Map<String, String> data) {
        return Optional.ofNullable(data.get(FLOW)).filter(f -> !f.isBlank());
    }

    /** The interrupted flow's state, restored from the emergency's data. */
    static Optional<ConversationState> restore(ConversationState state) {
        return flowIn(state.data())
                .map(
                        flow ->
                                state.inFlow(
                                        flow,
                                        blankToNull(state.data().get(STEP)),
                                        decode(state.data().getOrDefault(DATA, ""))));
    }

    static String encode(Map<String, String> data) {
        StringBuilder out = new StringBuilder();
        data.forEach(
                (k, v) -> {
                    if (out.length() > 0) {
                        out.append('&');
                    }
                    out.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                            .append('=')
                            .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8));
                });
        return out.toString();
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> data = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return data;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                data.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return data;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
