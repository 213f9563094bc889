package id.migrasiaman.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A kind of button whose data carries a value ({@code kec:3}, {@code withdraw:CODE}): the {@link
 * ButtonRegistry} parses it once, with {@link #parse}, into the feature's own typed value, and
 * hands that on, so no feature splits button data by hand.
 *
 * @param <V> the typed value of a press
 */
public interface TypedButtonAction<V> extends ButtonAction {

    /** The typed value of {@code value} (the data after the prefix); empty when not offered. */
    Optional<V> parse(String value);

    /** The replies to a press with the parsed {@code value}. */
    List<Reply> pressed(Turn turn, V value);

    @Override
    default boolean accepts(String value) {
        return parse(value).isPresent();
    }

    @Override
    default List<Reply> press(Turn turn, String value) {
        return pressed(turn, parse(value).orElseThrow());
    }
}
