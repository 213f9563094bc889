package id.migrasiaman.telegram;

import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.store.ProcessedUpdates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one Telegram update: drops duplicates (by update id, in MongoDB), maps it, runs the
 * conversation core and sends the replies. It never throws: one bad update must not stop intake.
 */
@Component
@Conditional(TelegramEnabled.class)
class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final ProcessedUpdates processed;
    private final UpdateMapper mapper;
    private final GroupChats groups;
    private final ConversationService conversations;
    private final ReplySender sender;
    private final Counter handled;
    private final Counter duplicates;
    private final Counter failed;

    UpdateIntake(
            ProcessedUpdates processed,
            UpdateMapper mapper,
            GroupChats groups,
            ConversationService conversations,
            ReplySender sender,
            MeterRegistry meters) {
        this.processed = processed;
        this.mapper = mapper;
        this.groups = groups;
        this.conversations = conversations;
        this.sender = sender;
        this.handled = meters.counter("migrasi.telegram.updates", "outcome", "handled");
        this.duplicates = meters.counter("migrasi.telegram.updates", "outcome", "duplicate");
        this.failed = meters.counter("migrasi.telegram.updates", "outcome", "failed");
    }

    /** What became of an update. */
    enum Outcome {
        ANSWERED,
        IGNORED,
        DUPLICATE,
        FAILED
    }

    Outcome handle(Update update) {
        try {
            if (!processed.firstTime("tg:" + update.getUpdateId())) {
                duplicates.increment();
                return Outcome.DUPLICATE;
            }
            Optional<GroupChats.Answer> group = groups.answer(update);
            if (group.isPresent()) {
                if (update.getCallbackQuery() != null) {
                    sender.acknowledge(update.getCallbackQuery().getId());
                }
                sender.send(group.get().chatId(), group.get().replies());
                handled.increment();
                return group.get().replies().isEmpty() ? Outcome.IGNORED : Outcome.ANSWERED;
            }
            Optional<Inbound> inbound = mapper.map(update);
            if (inbound.isEmpty()) {
                handled.increment();
                return Outcome.IGNORED;
            }
            Inbound in = inbound.get();
            if (in.callbackQueryId() != null) {
                sender.acknowledge(in.callbackQueryId());
            }
            List<Reply> replies = conversations.handle(in.message());
            sender.send(in.chatId(), replies);
            handled.increment();
            return Outcome.ANSWERED;
        } catch (RuntimeException e) {
            failed.increment();
            // No chat id, user id or text in the log: only the update id and the error type.
            log.error("Update {} failed: {}", update.getUpdateId(), e.getClass().getName(), e);
            return Outcome.FAILED;
        }
    }
}
