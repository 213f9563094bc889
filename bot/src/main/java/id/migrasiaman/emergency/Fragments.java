package id.migrasiaman.emergency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.migrasiaman.conversation.Turn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The last short messages of a conversation, so that the danger check reads fragments written with
 * pauses together (trial 19, D7, critical: a 17-year-old wrote `sy di penampungan` · `surabaya` ·
 * `hp sy mau diambil` as three messages; each alone is no danger, together they are). Only messages
 * of at most {@value #SHORT_WORDS} words, at most {@value #KEPT_MESSAGES} of them, each written
 * within {@link #WINDOW} of the one after it. In memory only, never logged.
 */
@Component
class Fragments {

    /** A message of at most this many words is a fragment. */
    static final int SHORT_WORDS = 6;

    /** How many fragments before the current message are read with it. */
    static final int KEPT_MESSAGES = 5;

    /** The longest pause between two fragments read together. */
    static final Duration WINDOW = Duration.ofMinutes(3);

    private record Fragment(String text, Instant at) {}

    private final Cache<String, List<Fragment>> recent =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(WINDOW).build();

    private final Clock clock;

    Fragments(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code text} is short enough to be a fragment. */
    static boolean isShort(String text) {
        return text != null && !text.isBlank() && text.strip().split("\\s+").length <= SHORT_WORDS;
    }

    /**
     * The fragments written just before {@code text} and {@code text}, one a line, when there are
     * any and {@code text} is short; empty otherwise. {@code text} is kept for the next message
     * when it is short; a longer message starts over.
     */
    Optional<String> withRecent(Turn turn, String text) {
        String id = turn.state().id();
        Instant now = clock.instant();
        if (!isShort(text)) {
            recent.invalidate(id);
            return Optional.empty();
        }
        List<Fragment> before = new ArrayList<>(recent.asMap().getOrDefault(id, List.of()));
        if (!before.isEmpty() && before.get(before.size() - 1).at().isBefore(now.minus(WINDOW))) {
            before.clear();
        }
        List<Fragment> kept = new ArrayList<>(before);
        kept.add(new Fragment(text.strip(), now));
        while (kept.size() > KEPT_MESSAGES + 1) {
            kept.remove(0);
        }
        recent.put(id, List.copyOf(kept));
        if (before.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", kept.stream().map(Fragment::text).toList()));
    }

    /** Forgets the fragments of {@code turn}'s conversation (an alarm was raised from them). */
    void forget(Turn turn) {
        recent.invalidate(turn.state().id());
    }
}
