package id.migrasiaman.conversation.commands;

import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.ReportState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code /start} and {@code /menu}: the welcome or the main menu, ending any flow; {@code /help}
 * and {@code /bantuan}: the commands there are, with the main menu, leaving a flow where it was
 * (the next answer goes on with it).
 */
@Component
public class StartCommand implements CommandAction {

    private final Menus menus;
    private final UnfinishedReportChoice choice;

    @Autowired
    StartCommand(Menus menus, UnfinishedReportChoice choice) {
        this.menus = menus;
        this.choice = choice;
    }

    /** Without the typed answer to the warning (the buttons still work). */
    public StartCommand(Menus menus) {
        this(menus, null);
    }

    @Override
    public Set<String> commands() {
        return Set.of("start", "menu", "help", "bantuan");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        if ("help".equals(command.name()) || "bantuan".equals(command.name())) {
            String lang = turn.language();
            String help = menus.text(lang, "help.commands");
            if (turn.state().flowName() != null) {
                help += "\n\n" + menus.text(lang, "help.inflow");
            }
            return List.of(Reply.withButtons(help, menus.mainKeyboard(lang)));
        }
        Optional<ReportState> draft = ReportState.heldIn(turn.state().active());
        if (draft.isPresent() && draft.get().answered()) {
            // An unfinished report is not dropped without asking: it may have taken a while.
            String lang = turn.language();
            if (choice != null) {
                choice.warned(turn.message().conversationId());
            }
            return List.of(
                    Reply.withButtons(
                            menus.text(lang, "start.unfinished"),
                            List.of(
                                    List.of(
                                            new Reply.Button(
                                                    menus.text(lang, "start.unfinished.resume"),
                                                    ReportState.RESUME_BUTTON)),
                                    List.of(
                                            new Reply.Button(
                                                    menus.text(lang, "start.unfinished.drop"),
                                                    ReportState.DROP_BUTTON)))));
        }
        turn.update(turn.state().withoutFlow());
        if ("start".equals(command.name())) {
            return List.of(menus.welcome(turn.language()));
        }
        return List.of(menus.main(turn.language()));
    }
}
