package id.migrasiaman.conversation;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /batal} (or {@code /cancel}) ends the active flow at any time. */
@Component
class CancelCommand implements CommandAction {

    private final Texts texts;
    private final Menus menus;

    CancelCommand(Texts texts, Menus menus) {
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Set<String> commands() {
        return Set.of("batal", "cancel");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        String key = turn.state().flow() == null ? "cancel.nothing" : "cancel.done";
        turn.update(turn.state().withoutFlow());
        return List.of(
                Reply.withButtons(
                        texts.get(turn.language(), key), menus.mainKeyboard(turn.language())));
    }
}
