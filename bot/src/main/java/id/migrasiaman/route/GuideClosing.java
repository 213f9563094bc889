package id.migrasiaman.route;

import id.migrasiaman.conversation.OpenOutsideFlows;
import id.migrasiaman.conversation.Turn;
import java.time.Clock;

/**
 * {@code /batal} while the guide is on screen (waiting for a country, a kind of work or a step):
 * the guide is closed, so a typed message no longer goes to it, and the person is told that the
 * steps chosen so far are kept for {@code /jalur}.
 */
final class GuideClosing implements OpenOutsideFlows {

    private final GuideInView inView;
    private final Clock clock;

    GuideClosing(GuideInView inView, Clock clock) {
        this.inView = inView;
        this.clock = clock;
    }

    @Override
    public String close(Turn turn) {
        String id = turn.message().conversationId();
        if (inView.at(id, clock.instant()).isEmpty()) {
            return null;
        }
        inView.left(id);
        return "cancel.guide";
    }
}
