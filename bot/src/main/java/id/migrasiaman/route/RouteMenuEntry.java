package id.migrasiaman.route;

import id.migrasiaman.conversation.ButtonAction;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import java.util.List;

/** The main menu's "Jalur resmi saya": the same as {@code /jalur}. */
final class RouteMenuEntry implements ButtonAction {

    private final RouteGuide guide;

    RouteMenuEntry(RouteGuide guide) {
        this.guide = guide;
    }

    @Override
    public String prefix() {
        return Menus.ROUTE;
    }

    @Override
    public boolean accepts(String value) {
        return value.isEmpty();
    }

    @Override
    public List<Reply> press(Turn turn, String value) {
        return guide.open(turn);
    }
}
