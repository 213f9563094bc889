package id.migrasiaman.conversation.commands;

import id.migrasiaman.conversation.Content;
import id.migrasiaman.conversation.ConversationMemory;
import id.migrasiaman.conversation.Flow;
import id.migrasiaman.conversation.Menus;
import id.migrasiaman.conversation.MessageInterceptor;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.Turn;
import id.migrasiaman.conversation.Words;
import id.migrasiaman.conversation.flows.ReportState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The answer to {@code /start}'s "continue the unfinished report, or drop it?" when it is typed:
 * "1" or "lanjut" continues (the report's question again), "2" or "buang" drops it, as the two
 * buttons do; before, a typed number was taken as the answer to the report's question. Only the
 * next message after the warning, remembered per instance for a while (another instance lets the
 * report take it, as before).
 */
@Component
class UnfinishedReportChoice implements MessageInterceptor {

    private static final Duration WAITS = Duration.ofMinutes(30);

    private static final Pattern CONTINUE =
            Pattern.compile("^ (1|lanjut|lanjutkan|lanjutkan laporan|terus|continue|resume) $");

    private static final Pattern DROP =
            Pattern.compile("^ (2|buang|hapus|buang saja|drop|discard|delete) $");

    private static final ConversationMemory.Fact<Boolean> WARNED =
            new ConversationMemory.Fact<>(
                    "commands.unfinished-report-warned", Boolean.class, WAITS);

    private final ObjectProvider<Flow> flows;
    private final Menus menus;
    private final ConversationMemory memory;

    UnfinishedReportChoice(ObjectProvider<Flow> flows, Menus menus, ConversationMemory memory) {
        this.flows = flows;
        this.menus = menus;
        this.memory = memory;
    }

    /** The warning was just shown in {@code conversation}. */
    void warned(String conversation) {
        memory.put(conversation, WARNED, Boolean.TRUE);
    }

    @Override
    public Optional<List<Reply>> intercept(Turn turn) {
        String conversation = turn.message().conversationId();
        if (!memory.has(conversation, WARNED)) {
            return Optional.empty();
        }
        memory.forget(conversation, WARNED);
        if (!(turn.message().content() instanceof Content.Text typed)
                || turn.state().active(ReportState.class).isEmpty()) {
            return Optional.empty();
        }
        String words = Words.padded(typed.text());
        String lang = turn.language();
        if (DROP.matcher(words).matches()) {
            turn.update(turn.state().withoutFlow());
            return Optional.of(
                    List.of(
                            Reply.withButtons(
                                    menus.text(lang, "cancel.done"), menus.mainKeyboard(lang))));
        }
        if (CONTINUE.matcher(words).matches()) {
            return Optional.of(
                    flows.orderedStream()
                            .filter(f -> ReportState.NAME.equals(f.name()))
                            .findFirst()
                            .map(f -> f.resume(turn))
                            .orElse(List.of()));
        }
        return Optional.empty();
    }
}
