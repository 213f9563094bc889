package id.migrasiaman.conversation;

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

    private static final ConversationMemory.Fact<Boolean> NOTED =
            new ConversationMemory.Fact<>("conversation.edit-noted", Boolean.class, QUIET);

    private final TextAnalyser analyser;
    private final Texts texts;
    private final ConversationMemory memory;

    EditedMessages(TextAnalyser analyser, Texts texts, ConversationMemory memory) {
        this.analyser = analyser;
        this.texts = texts;
        this.memory = memory;
    }

    /** The replies to an edited message, or empty when it must be routed like a new one. */
    Optional<List<Reply>> handle(Turn turn) {
        String text = textOf(turn.message().content());
        if (!(turn.message().content() instanceof Content.Edited)
                && !text.isBlank()
                && analyser.analyse(text).intent() == Intent.EMERGENCY) {
            return Optional.empty();
        }
        if (!memory.putIfAbsent(turn.message().conversationId(), NOTED, Boolean.TRUE)) {
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
