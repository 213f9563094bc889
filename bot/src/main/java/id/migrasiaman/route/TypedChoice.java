package id.migrasiaman.route;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Questions;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;

/**
 * A country or kind of work typed instead of pressed while the guide asks for it: "Malaysia" at "Ke
 * negara mana Anda ingin bekerja?" chooses Malaysia, "pabrik" at the kind of work chooses factory
 * work. Many people type rather than press; a tester who typed the country was taken out of the
 * guide to the emergency numbers abroad and had to start again (trial 16, D15).
 *
 * <p>Only a short answer that names a country or a kind of work of {@code routes.yml} is taken, and
 * only while the guide is on screen without a chosen route; danger was read before this (the safety
 * check comes first), and anything else is routed as usual.
 */
final class TypedChoice implements MessageInterceptor, Ordered {

    /** Before the guide's own questions (47) and the office questions (45). */
    static final int ORDER = 44;

    /** "Malaysia", "ke Malaysia kak", "pabrik di Taiwan": an answer, not a question or a story. */
    static final int MAX_WORDS = 5;

    private final RouteGuide guide;
    private final RouteProgressStore store;
    private final GuideInView inView;
    private final Clock clock;

    TypedChoice(RouteGuide guide, RouteProgressStore store, GuideInView inView, Clock clock) {
        this.guide = guide;
        this.store = store;
        this.inView = inView;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        if (!(turn.message().content() instanceof Content.Text typed)
                || turn.state().active() != null
                || Questions.words(typed.text()) > MAX_WORDS
                || !RouteWish.onlyChoice(typed.text())) {
            return Optional.empty();
        }
        String id = turn.message().conversationId();
        if (inView.at(id, clock.instant()).isEmpty()) {
            return Optional.empty();
        }
        RouteProgress progress =
                store.find(id)
                        .orElseGet(() -> RouteProgress.fresh(id, clock.instant()))
                        .speaking(turn.language());
        Optional<List<Reply>> chosen =
                guide.typed(turn.language(), progress, RouteWish.in(typed.text()));
        chosen.ifPresent(r -> inView.shown(id, clock.instant(), false));
        return chosen;
    }
}
