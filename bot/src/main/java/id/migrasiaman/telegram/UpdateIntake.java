package id.migrasiaman.telegram;

import id.migrasiaman.conversation.ConversationService;
import id.migrasiaman.conversation.ConversationStates;
import id.migrasiaman.conversation.Reply;
import id.migrasiaman.conversation.flows.EmergencyState;
import id.migrasiaman.store.Durability;
import id.migrasiaman.system.Sealer;
import id.migrasiaman.telegram.inbox.InboxStore;
import id.migrasiaman.telegram.inbox.InboxWorkers;
import id.migrasiaman.telegram.inbox.UrgentLanes;
import id.migrasiaman.telegram.outbound.Outbound;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/**
 * Handles one update from the inbox: maps it, runs the conversation core (which saves the state
 * with the turn's replies), makes that durable, then hands the replies on. A failure is thrown so
 * the inbox tries again; a second run of the same update gets the recorded replies, never a second
 * turn.
 */
@Component
@Conditional(TelegramEnabled.class)
class UpdateIntake implements InboxWorkers.Handler {

    private final UpdateParser parser;
    private final UpdateMapper mapper;
    private final GroupChats groups;
    private final ConversationService conversations;
    private final ConversationStates states;
    private final ReplySender sender;
    private final Outbound outbound;
    private final Durability durability;
    private final Sealer sealer;
    private final UrgentLanes urgent;
    private final boolean webhook;
    private final Counter answered;
    private final Counter ignored;

    UpdateIntake(
            UpdateParser parser,
            UpdateMapper mapper,
            GroupChats groups,
            ConversationService conversations,
            ConversationStates states,
            ReplySender sender,
            Outbound outbound,
            Durability durability,
            Sealer sealer,
            UrgentLanes urgent,
            TelegramSettings settings,
            MeterRegistry meters) {
        this.urgent = urgent;
        this.parser = parser;
        this.mapper = mapper;
        this.groups = groups;
        this.conversations = conversations;
        this.states = states;
        this.sender = sender;
        this.outbound = outbound;
        this.durability = durability;
        this.sealer = sealer;
        this.webhook = settings.webhook();
        this.answered = meters.counter("migrasi.telegram.updates", "outcome", "handled");
        this.ignored = meters.counter("migrasi.telegram.updates", "outcome", "ignored");
    }

    /** What became of an update. */
    /** How long a chat in an emergency stays urgent after its last message. */
    static final Duration OPEN_EMERGENCY = Duration.ofHours(1);

    enum Outcome {
        ANSWERED,
        IGNORED
    }

    @Override
    public void handle(InboxStore.Entry entry) throws InboxWorkers.Unreadable {
        byte[] json;
        try {
            json = sealer.open(entry.payload());
        } catch (IllegalArgumentException e) {
            throw new InboxWorkers.Unreadable("sealed with another key");
        }
        Update update =
                parser.parse(json).orElseThrow(() -> new InboxWorkers.Unreadable("not an update"));
        handle(update);
    }

    @Override
    public void laneMoved(String lane) {
        states.forget(lane);
    }

    /** Handles {@code update}; throws when it should be tried again. */
    Outcome handle(Update update) {
        if (update.getMyChatMember() != null) {
            membership(update.getMyChatMember());
        }
        Optional<GroupChats.Answer> group = groups.answer(update);
        if (group.isPresent()) {
            return answerGroup(update, group.get());
        }
        Optional<Inbound> inbound = mapper.map(update);
        if (inbound.isEmpty()) {
            ignored.increment();
            return Outcome.IGNORED;
        }
        Inbound in = inbound.get();
        if (in.callbackQueryId() != null && !webhook) {
            // In webhook mode the answer went back in the webhook's own response.
            sender.acknowledge(in.callbackQueryId());
        }
        String lane = sender.laneOf(in.chatId());
        outbound.chatWrote(lane);
        List<Reply> replies = conversations.handle(in.message());
        keepUrgent(lane);
        sender.enqueue(in.chatId(), "r:" + update.getUpdateId(), "reply", null, replies);
        // State, turn record and replies on disk before the inbox marks the update done.
        durability.flush();
        outbound.wake(lane);
        answered.increment();
        return Outcome.ANSWERED;
    }

    /** A chat in an emergency stays first in line (its later messages too) while it lasts. */
    private void keepUrgent(String lane) {
        boolean emergency =
                states.find(lane).map(s -> s.active() instanceof EmergencyState).orElse(false);
        if (emergency) {
            urgent.keepOpen(lane, OPEN_EMERGENCY);
        } else {
            urgent.close(lane);
        }
    }

    /** A group gets a deep link to a private chat (or nothing), never the conversation itself. */
    private Outcome answerGroup(Update update, GroupChats.Answer answer) {
        if (update.getCallbackQuery() != null && !webhook) {
            sender.acknowledge(update.getCallbackQuery().getId());
        }
        if (answer.replies().isEmpty()) {
            ignored.increment();
            return Outcome.IGNORED;
        }
        String lane = sender.laneOf(answer.chatId());
        sender.enqueue(
                answer.chatId(), "r:" + update.getUpdateId(), "reply", null, answer.replies());
        durability.flush();
        outbound.wake(lane);
        answered.increment();
        return Outcome.ANSWERED;
    }

    /** The bot was blocked or removed (nothing more is sent), or allowed again. */
    private void membership(ChatMemberUpdated change) {
        if (change.getChat() == null || change.getNewChatMember() == null) {
            return;
        }
        String lane = sender.laneOf(change.getChat().getId());
        String status = change.getNewChatMember().getStatus();
        if ("kicked".equals(status) || "left".equals(status)) {
            outbound.chatLeft(lane);
        } else {
            outbound.chatWrote(lane);
        }
    }
}
