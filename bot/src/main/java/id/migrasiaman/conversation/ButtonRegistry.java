package id.migrasiaman.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place button data is parsed. Each feature registers its button kinds (a {@link
 * ButtonAction} per prefix); a prefix registered twice stops the start. A press is resolved to the
 * longest registered prefix, and the rest must be a value that kind accepts; forged, unknown,
 * malformed or oversized data resolves to nothing.
 */
final class ButtonRegistry {

    private final List<ButtonAction> byLongestPrefix;

    ButtonRegistry(List<ButtonAction> actions) {
        Set<String> seen = new HashSet<>();
        for (ButtonAction action : actions) {
            String prefix = action.prefix();
            if (prefix == null || prefix.isEmpty()) {
                throw new IllegalStateException(
                        "button kind without prefix: " + action.getClass().getName());
            }
            if (!seen.add(prefix)) {
                throw new IllegalStateException("button prefix registered twice: " + prefix);
            }
        }
        // The longest prefix wins, so a feature's "m:learn" beats the generic "m:".
        this.byLongestPrefix =
                actions.stream()
                        .sorted(
                                Comparator.comparingInt((ButtonAction b) -> b.prefix().length())
                                        .reversed())
                        .toList();
    }

    /**
     * A press resolved to its kind and an accepted value; {@code parsed} is the typed value of a
     * {@link TypedButtonAction}, parsed once here.
     */
    record Pressed(ButtonAction action, String value, Object parsed) {

        List<Reply> press(Turn turn) {
            return action instanceof TypedButtonAction<?> typed
                    ? pressTyped(typed, turn, parsed)
                    : action.press(turn, value);
        }

        @SuppressWarnings("unchecked")
        private static <V> List<Reply> pressTyped(
                TypedButtonAction<V> action, Turn turn, Object parsed) {
            return action.pressed(turn, (V) parsed);
        }
    }

    /** The kind and value of {@code data}, or empty when no registered kind offers that value. */
    Optional<Pressed> parse(String data) {
        if (data == null
                || data.isEmpty()
                || data.getBytes(StandardCharsets.UTF_8).length > Reply.Button.MAX_DATA_BYTES) {
            return Optional.empty();
        }
        for (ButtonAction action : byLongestPrefix) {
            if (data.startsWith(action.prefix())) {
                String value = data.substring(action.prefix().length());
                return accepted(action, value).map(parsed -> new Pressed(action, value, parsed));
            }
        }
        return Optional.empty();
    }

    /** The accepted value: the typed one for a typed kind, else the data itself; or empty. */
    private static Optional<?> accepted(ButtonAction action, String value) {
        try {
            if (action instanceof TypedButtonAction<?> typed) {
                return typed.parse(value);
            }
            return action.accepts(value) ? Optional.of(value) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
