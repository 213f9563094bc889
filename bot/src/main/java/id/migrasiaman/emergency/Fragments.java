package id.migrasiaman.emergency;

import id.migrasiaman.conversation.ConversationMemory;
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
 * within {@link #WINDOW} of the one after it. In the {@link ConversationMemory} only, never logged.
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

    /** The fragments of a conversation, oldest first. */
    private record Recent(List<Fragment> fragments) {}

    private static final ConversationMemory.Fact<Recent> RECENT =
            new ConversationMemory.Fact<>("emergency.fragments", Recent.class, WINDOW);

    private final Clock clock;
    private final ConversationMemory memory;

    Fragments(Clock clock, ConversationMemory memory) {
        this.clock = clock;
        this.memory = memory;
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
            memory.forget(id, RECENT);
            return Optional.empty();
        }
        List<Fragment> before =
                new ArrayList<>(memory.get(id, RECENT).map(Recent::fragments).orElse(List.of()));
        if (!before.isEmpty() && before.get(before.size() - 1).at().isBefore(now.minus(WINDOW))) {
            before.clear();
        }
        List<Fragment> kept = new ArrayList<>(before);
        kept.add(new Fragment(text.strip(), now));
        while (kept.size() > KEPT_MESSAGES + 1) {
            kept.remove(0);
        }
        memory.put(id, RECENT, new Recent(List.copyOf(kept)));
        if (before.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("\n", kept.stream().map(Fragment::text).toList()));
    }

    /** Forgets the fragments of {@code turn}'s conversation (an alarm was raised from them). */
    void forget(Turn turn) {
        memory.forget(turn.state().id(), RECENT);
    }
}
