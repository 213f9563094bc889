package id.migrasiaman.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.migrasiaman.nlp.Analysis;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Whether the bot's answer to a conversation's previous text was a hello, so that it never says
 * hello twice in a row (trial 18, D27; trial 19). In memory only, for {@link #KEPT}; after a
 * restart a conversation may be greeted once more.
 */
@Component
class GreetedLast implements TextHeard {

    /** How long a hello counts as the last answer. */
    static final Duration KEPT = Duration.ofHours(1);

    private final Cache<String, Boolean> now = cache();
    private final Cache<String, Boolean> before = cache();

    @Override
    public void heard(Turn turn, Analysis analysis) {
        String id = turn.state().id();
        if (now.getIfPresent(id) != null) {
            before.put(id, Boolean.TRUE);
            now.invalidate(id);
        } else {
            before.invalidate(id);
        }
    }

    /** Notes that this turn's answer is a hello. */
    void greeted(Turn turn) {
        now.put(turn.state().id(), Boolean.TRUE);
    }

    /** Whether the answer to the previous text of this conversation was a hello. */
    boolean justGreeted(Turn turn) {
        return before.getIfPresent(turn.state().id()) != null;
    }

    private static Cache<String, Boolean> cache() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT).build();
    }
}
