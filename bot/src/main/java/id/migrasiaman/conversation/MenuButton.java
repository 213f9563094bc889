package id.migrasiaman.conversation;

import java.util.List;
import org.springframework.stereotype.Component;

/** The "back to menu" button, and any menu entry no feature has claimed yet. */
@Component
class MenuButton implements ButtonAction {

    private final Menus menus;

    MenuButton(Menus menus) {
        this.menus = menus;
    }

    @Override
    public String prefix() {
        return "m:";
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        turn.update(turn.state().withoutFlow());
        return List.of(menus.main(turn.language()));
    }
}
