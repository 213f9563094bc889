package id.migrasiaman.conversation.commands;

import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code /start}, {@code /menu}, {@code /help}: the welcome and the main menu; ends any flow. */
@Component
public class StartCommand implements CommandAction {

    private final Menus menus;

    public StartCommand(Menus menus) {
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
