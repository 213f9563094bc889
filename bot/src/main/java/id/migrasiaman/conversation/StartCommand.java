package id.migrasiaman.conversation;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /start}, {@code /menu}, {@code /help}: the welcome and the main menu; ends any flow. */
@Component
class StartCommand implements CommandAction {

    private final Menus menus;

    StartCommand(Menus menus) {
        this.menus = menus;
    }

    @Override
    public Set<String> commands() {
        return Set.of("start", "menu", "help", "bantuan");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        turn.update(turn.state().withoutFlow());
        if ("start".equals(command.name())) {
            return List.of(menus.welcome(turn.language()));
        }
        return List.of(menus.main(turn.language()));
    }
}
