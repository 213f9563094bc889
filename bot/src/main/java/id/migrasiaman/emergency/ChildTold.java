package id.migrasiaman.emergency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.migrasiaman.conversation.Turn;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Conversations that told of someone under 18 not long ago ("aku umur 16 kak, kelas 1 SMA"), so
 * that a later alarm that names no age is still marked as involving a child for staff (trial 18,
 * D7). In memory only, for {@link #KEPT} after the last such message; never logged.
 */
@Component
class ChildTold {

    /** How long a child told of still marks a later alarm. */
    static final Duration KEPT = Duration.ofHours(2);

    private final Cache<String, Boolean> told =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT).build();

    /** Notes that the conversation of {@code turn} told of a child. */
    void heard(Turn turn) {
        told.put(turn.state().id(), Boolean.TRUE);
    }

    /** Whether the conversation of {@code turn} told of a child not long ago. */
    boolean minor(Turn turn) {
        return told.getIfPresent(turn.state().id()) != null;
    }
}
