package id.migrasiaman.reports.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.migrasiaman.conversation.TextHeard;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.nlp.Analysis;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * What a conversation told before a report starts that the report should know: a child under 18
 * ("sy umur 17 thn" in a first message, then {@code /lapor} after other questions: trial 17, D5).
 * Typed facts only, in memory for {@link #KEPT} after the last one, never logged; after a restart a
 * report starts as before this existed.
 */
@Component
class ToldBefore implements TextHeard {

    /** How long what was told still counts for a report started later. */
    static final Duration KEPT = Duration.ofHours(2);

    private final Cache<String, Boolean> minors =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT).build();

    @Override
    public void heard(Turn turn, Analysis analysis) {
        if (analysis.entities().namesAMinor() || MinorsTold.in(analysis.text())) {
            minors.put(turn.state().id(), Boolean.TRUE);
        }
    }

    /** Whether the conversation of {@code turn} told of someone under 18 not long ago. */
    boolean minor(Turn turn) {
        return minors.getIfPresent(turn.state().id()) != null;
    }
}
