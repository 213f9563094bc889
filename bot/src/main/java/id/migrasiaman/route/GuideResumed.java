package id.migrasiaman.route;

import id.migrasiaman.conversation.BackToTheGuide;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.flows.EmergencyState;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;

/**
 * "ok sudah saya telpon 110. sekarang saya mau lanjut panduan jalur resmi tadi" (trial 15, D17):
 * the guide where the person left it, as {@code /jalur} shows it. An open emergency stays open.
 */
final class GuideResumed implements MessageInterceptor, Ordered {

    /** Before the questions about one's reports (45) and the guide's own questions (47). */
    static final int ORDER = 44;

    /** Longer than a wish to go on: a story. */
    private static final int MAX_WORDS = 25;

    private final RouteGuide guide;

    GuideResumed(RouteGuide guide) {
        this.guide = guide;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        // Only outside a flow or with an emergency open: inside a report "lanjut lewat jalur
        // tikus" is the story.
        boolean free =
                turn.state().active() == null || turn.state().active() instanceof EmergencyState;
        if (!free
                || !(turn.message().content() instanceof Content.Text typed)
                || Questions.words(typed.text()) > MAX_WORDS
                || !BackToTheGuide.asked(typed.text())) {
            return Optional.empty();
        }
        return Optional.of(guide.open(turn));
    }
}
