package id.migrasiaman.conversation.commands;

import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.OpenOutsideFlows;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Texts;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.AppendState;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /batal} (or {@code /cancel}) ends the active flow at any time. */
@Component
public class CancelCommand implements CommandAction {

    private final Texts texts;
    private final Menus menus;
    private final List<OpenOutsideFlows> open;

    public CancelCommand(Texts texts, Menus menus, List<OpenOutsideFlows> open) {
        this.texts = texts;
        this.menus = menus;
        this.open = List.copyOf(open);
    }

    @Override
    public Set<String> commands() {
        return Set.of("batal", "cancel");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        // Adding to a sent report: what was added stays added, so "nothing was sent" would lie.
        // The route guide keeps its place outside the flow state: closed too, and said so (D40).
        String closed =
                open.stream()
                        .map(o -> o.close(turn))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
        String key =
                turn.state().active() == null
                        ? (closed == null ? "cancel.nothing" : closed)
                        : turn.state().active() instanceof AppendState
                                ? "cancel.adding"
                                : "cancel.done";
        turn.update(turn.state().withoutFlow());
        return List.of(
                Reply.withButtons(
                        texts.get(turn.language(), key), menus.mainKeyboard(turn.language())));
    }
}
