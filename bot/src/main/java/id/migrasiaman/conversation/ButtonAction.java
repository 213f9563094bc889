package id.migrasiaman.conversation;

import java.util.List;

/** Handles buttons whose data starts with {@link #prefix()}, e.g. {@code m:} for the main menu. */
public interface ButtonAction {

    /** The data prefix, including its separator. */
    String prefix();

    /** The replies to a button press; {@code value} is the data after the prefix. */
    List<Reply> press(Turn turn, String value);
}
