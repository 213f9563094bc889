package id.migrasiaman.conversation.commands;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import java.util.List;
import org.springframework.stereotype.Component;

/** The "back to menu" button, and any menu entry no feature has claimed yet. */
@Component
public class MenuButton implements ButtonAction {

    /** The main menu's entries; a feature that handles one registers the longer prefix. */
    private static final java.util.Set<String> MENU_ENTRIES =
            java.util.Set.of("menu", "learn", "offer", "report", "story", "emergency", "family");

    private final Menus menus;

    public MenuButton(Menus menus) {
        this.menus = menus;
    }

    @Override
    public String prefix() {
        return "m:";
    }

    @Override
    public boolean accepts(String value) {
        return MENU_ENTRIES.contains(value);
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        turn.update(turn.state().withoutFlow());
        return List.of(menus.main(turn.language()));
    }
}
