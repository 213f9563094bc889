package id.migrasiaman.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.migrasiaman.nlp.Intent;
import id.migrasiaman.nlp.TextAnalyser;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A message the user edited is not handled again: answers already given stay, a flow does not take
 * the new version as its next answer. The user is told once in a while to send a new message
 * instead; further edits in that time are ignored quietly. An edit that now speaks of danger is
 * handed back to normal routing, so it is answered like a new message.
 */
@Component
class EditedMessages {

    /** How long after a note further edits of the same conversation get no note. */
    static final Duration QUIET = Duration.ofMinutes(10);

    private final TextAnalyser analyser;
    private final Texts texts;
    private final Cache<String, Boolean> noted =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(QUIET).build();

    EditedMessages(TextAnalyser analyser, Texts texts) {
        this.analyser = analyser;
        this.texts = texts;
    }

    /** The replies to an edited message, or empty when it must be routed like a new one. */
    Optional<List<Reply>> handle(Turn turn) {
        String text = textOf(turn.message().content());
        if (!(turn.message().content() instanceof Content.Edited)
                && !text.isBlank()
                && analyser.analyse(text).intent() == Intent.EMERGENCY) {
            return Optional.empty();
        }
        if (noted.asMap().putIfAbsent(turn.message().conversationId(), Boolean.TRUE) != null) {
            return Optional.of(List.of());
        }
        return Optional.of(List.of(Reply.text(texts.get(turn.language(), "edited.ignored"))));
    }

    static String textOf(Content content) {
        if (content instanceof Content.Text t) {
            return t.text();
        }
        return content instanceof Content.Media m && m.caption() != null ? m.caption() : "";
    }
}
