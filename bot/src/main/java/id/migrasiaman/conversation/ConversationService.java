package id.migrasiaman.conversation;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;

/**
 * The channel-agnostic core: every message from Telegram, the /try page or the chat CLI comes here.
 * Messages of one conversation are handled one at a time, in arrival order.
 *
 * <p>A message with a source key comes from a channel that delivers again after a failure
 * (Telegram's inbox): its turn is saved with the state in one write and a second delivery gets the
 * recorded replies, and storage failures are thrown so the channel retries instead of answering
 * from a lost state. Messages without one (the /try page, the chat CLI) are answered even when
 * storage is away.
 */
@Service
public class ConversationService {

    private static final org.slf4j.Logger log =
            org.slf4j.LoggerFactory.getLogger(ConversationService.class);

    private final ConversationStates states;
    private final MessageRouter router;
    private final LoadingCache<String, ReentrantLock> locks =
            Caffeine.newBuilder().maximumSize(100_000).build(id -> new ReentrantLock(true));

    ConversationService(ConversationStates states, MessageRouter router) {
        this.states = states;
        this.router = router;
    }

    /** Handles one message and returns the replies, in order. */
    public List<Reply> handle(IncomingMessage message) {
        ReentrantLock lock = locks.get(message.conversationId());
        lock.lock();
        try {
            if (message.sourceKey() != null) {
                Optional<List<Reply>> recorded =
                        states.repliesOf(message.conversationId(), message.sourceKey());
                if (recorded.isPresent()) {
                    return recorded.get();
                }
            }
            ConversationState state =
                    find(message)
                            .orElseGet(
                                    () ->
                                            ConversationState.fresh(
                                                    message.conversationId(),
                                                    Languages.fromHint(message.languageHint())));
            Turn turn = new Turn(message, state);
            List<Reply> replies = router.route(turn);
            if (turn.changed()) {
                save(turn.state(), message, replies);
            }
            return replies;
        } finally {
            lock.unlock();
        }
    }

    private Optional<ConversationState> find(IncomingMessage message) {
        try {
            return states.find(message.conversationId());
        } catch (RuntimeException e) {
            if (message.sourceKey() != null) {
                throw e;
            }
            // Storage away: answer from a fresh state rather than not at all.
            log.warn(
                    "Conversation state unavailable ({}); continuing without it",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private void save(ConversationState state, IncomingMessage message, List<Reply> replies) {
        if (message.sourceKey() != null) {
            states.save(state, message.sourceKey(), replies);
            return;
        }
        try {
            states.save(state);
        } catch (RuntimeException e) {
            // The reply still goes out; durable work (reports) has its own outbox.
            log.warn("Conversation state not saved ({})", e.getClass().getSimpleName());
        }
    }
}
