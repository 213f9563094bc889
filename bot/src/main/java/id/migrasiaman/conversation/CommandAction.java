package id.migrasiaman.conversation;

import java.util.List;
import java.util.Set;

/** Handles slash commands such as {@code /start}; each feature contributes its own. */
public interface CommandAction {

    /** The command names (without slash) this action answers. */
    Set<String> commands();

    /** The replies to {@code command} with its argument. */
    List<Reply> run(Turn turn, Content.Command command);
}
