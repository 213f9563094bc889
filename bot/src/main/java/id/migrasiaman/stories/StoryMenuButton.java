package id.migrasiaman.stories;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.CommandAction;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The main menu's "share your experience" button, and {@code /cerita}, open the stories: tell one,
 * or read. A tester typed {@code /cerita} and was told the command was unknown (trial 16, D16).
 */
@Component
class StoryMenuButton implements ButtonAction, CommandAction {

    private final StoryFlow flow;

    StoryMenuButton(StoryFlow flow) {
        this.flow = flow;
    }

    @Override
    public String prefix() {
        return Menus.STORY;
    }

    @Override
    public boolean accepts(String value) {
        return value.isEmpty();
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        return flow.press(turn, "intro");
    }

    @Override
    public Set<String> commands() {
        return Set.of("cerita", "story", "pengalaman");
    }

    @Override
    public List<Reply> run(Turn turn, Content.Command command) {
        return flow.press(turn, "intro");
    }
}
