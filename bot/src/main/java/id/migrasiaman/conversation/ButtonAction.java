package id.migrasiaman.conversation;

import java.util.List;

/**
 * Handles buttons whose data starts with {@link #prefix()}, e.g. {@code m:} for the main menu.
 * Every action is registered once in the {@link ButtonRegistry}, which refuses duplicate prefixes
 * at start and only hands on values the action {@link #accepts accepts}: button data comes from the
 * client and can be forged.
 */
public interface ButtonAction {

    /** The data prefix, including its separator. */
    String prefix();

    /**
     * Whether {@code value} (the data after the prefix) is one of the values this kind of button is
     * offered with; anything else is rejected before {@link #press} and nothing is stored.
     */
    boolean accepts(String value);

    /** The replies to a button press; {@code value} is the data after the prefix, accepted. */
    List<Reply> press(Turn turn, String value);
}
