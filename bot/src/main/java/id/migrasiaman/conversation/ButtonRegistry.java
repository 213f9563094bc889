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

    /** A press resolved to its kind and an accepted value. */
    record Pressed(ButtonAction action, String value) {

        List<Reply> press(Turn turn) {
            return action.press(turn, value);
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
                return accepted(action, value)
                        ? Optional.of(new Pressed(action, value))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean accepted(ButtonAction action, String value) {
        try {
            return action.accepts(value);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
