package id.migrasiaman.conversation.commands;

import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.AppendState;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /batal} (or {@code /cancel}) ends the active flow at any time. */
@Component
public class CancelCommand implements CommandAction {

    private final Texts texts;
    private final Menus menus;

    public CancelCommand(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Set<String> commands() {
        return Set.of("batal", "cancel");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        // Adding to a sent report: what was added stays added, so "nothing was sent" would lie.
        String key =
                turn.state().active() == null
                        ? "cancel.nothing"
                        : turn.state().active() instanceof AppendState
                                ? "cancel.adding"
                                : "cancel.done";
        turn.update(turn.state().withoutFlow());
        return List.of(
                Reply.withButtons(
                        texts.get(turn.language(), key), menus.mainKeyboard(turn.language())));
    }
}
