package id.migrasiaman.stories;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import java.util.List;
import org.springframework.stereotype.Component;

/** The main menu's "share your experience" button opens the stories: tell one, or read. */
@Component
class StoryMenuButton implements ButtonAction {

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
}
