package id.migrasiaman.telegram.outbound;

import id.migrasiaman.store.Durability;
import id.migrasiaman.store.LeasedLanes;
import id.migrasiaman.system.Sealer;
import id.migrasiaman.telegram.inbox.AcceptFirst;
import id.migrasiaman.telegram.inbox.UrgentLanes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one chat's queue in order: takes the chat's lane (a lease in MongoDB), and for the first
 * waiting message checks the chat (blocked? paused by a 429?), its pace and the instance's overall
 * pace. When it must wait it gives the lane back and asks to come back then, so no thread sleeps
 * and no other chat waits for it. A 5xx or a network failure retries that message with backoff and
 * jitter, holding back only this chat's later messages.
 */
final class OutboundWorkers implements id.migrasiaman.telegram.inbox.LaneRunner.Work {

    private static final Logger log = LoggerFactory.getLogger(OutboundWorkers.class);
    private static final Duration MISSING_GRACE = Duration.ofSeconds(5);

    private final OutboundStore store;
    private final LeasedLanes lanes;
    private final BotApiSender api;
    private final Sealer sealer;
    private final Durability durability;
    private final SentMarks marks;
    private final ChatPacing pacing;
    private final GlobalRate global;
    private final OutboundMetrics metrics;
    private final Outbound.SentListener listener;
    private final String owner;
    private final Duration lease;
    private final Duration maxRetryDelay;
    private final Clock clock;
    private final AcceptFirst acceptFirst;
    private final UrgentLanes urgent;
    private final Map<String, Instant> missingSince = new ConcurrentHashMap<>();

    /**
     * Messages Telegram took whose "sent" mark has not reached MongoDB yet (it was down or the
     * connection broke right after the send). While a key is here it is marked again, never sent
     * again: otherwise an outage of the store would make the user see the message twice. The value
     * says whether its line is in the sent-marks journal already (written once, applied once).
     */
    private final Map<String, Boolean> sentUnmarked = new ConcurrentHashMap<>();

    OutboundWorkers(
            OutboundStore store,
            BotApiSender api,
            Sealer sealer,
            Durability durability,
            SentMarks marks,
            ChatPacing pacing,
            GlobalRate global,
            OutboundMetrics metrics,
            Outbound.SentListener listener,
            String owner,
            Duration lease,
            Duration maxRetryDelay,
            Clock clock,
            AcceptFirst acceptFirst,
            UrgentLanes urgent) {
        this.acceptFirst = acceptFirst;
        this.urgent = urgent;
        this.store = store;
        this.lanes = store.lanes();
        this.api = api;
        this.sealer = sealer;
        this.durability = durability;
        this.marks = marks;
        this.pacing = pacing;
        this.global = global;
        this.metrics = metrics;
        this.listener = listener;
        this.owner = owner;
        this.lease = lease;
        this.maxRetryDelay = maxRetryDelay;
        this.clock = clock;
    }

    @Override
    public Instant run(String lane) {
        Optional<LeasedLanes.Lease> taken = lanes.take(lane, owner, lease);
        if (taken.isEmpty()) {
            return null;
        }
        List<Object> keys = new ArrayList<>(taken.get().ids());
        boolean released = false;
        try {
            Instant again = drain(lane, keys);
            released = again == null && keys.isEmpty();
            return again;
        } finally {
            if (!released) {
                lanes.release(lane, owner);
            }
        }
    }

    /**
     * The key to send next: the lane's first, except that an urgent staff alert or a withdrawal
     * ({@link #first}) goes before everything else waiting in that chat; among them, lane order.
     */
    static String next(List<Object> keys) {
        for (Object key : keys) {
            if (first((String) key)) {
                return (String) key;
            }
        }
        return (String) keys.get(0);
    }

    /** An urgent staff alert or a withdrawal (after its alert): first, and not narrowed. */
    private static boolean first(String key) {
        return key.startsWith(Outbound.URGENT_ALERT_PREFIX)
                || key.startsWith(Outbound.WITHDRAWN_PREFIX);
    }

    /**
     * Sends the lane's messages in order; {@code keys} (the lane's waiting keys when it was taken)
     * is kept up to date and left empty once the lane was given up ({@link LeasedLanes#finish}).
     */
    private Instant drain(String lane, List<Object> keys) {
        ChatState chat = store.chat(lane);
        while (true) {
            if (keys.isEmpty()) {
                refresh(keys, lanes.finish(lane, owner, List.of()));
                if (keys.isEmpty()) {
                    return null;
                }
            }
            if (chat.blocked()) {
                // Held until the user writes again (Outbound#chatWrote wakes the lane); a reminder
                // would be stale by then.
                dropPerishable(lane);
                return null;
            }
            Instant now = clock.instant();
            if (chat.pausedUntil().isAfter(now)) {
                return chat.pausedUntil();
            }
            String key = next(keys);
            Optional<OutboundStore.Entry> found = store.find(key);
            if (found.isEmpty()) {
                Instant wait = missing(key);
                if (wait != null) {
                    return wait;
                }
                refresh(keys, lanes.finish(lane, owner, List.of(key)));
                continue;
            }
            missingSince.remove(key);
            OutboundStore.Entry entry = found.get();
            if (entry.status() != OutboundStore.Status.PENDING) {
                sentUnmarked.remove(key);
                refresh(keys, lanes.finish(lane, owner, List.of(key)));
                continue;
            }
            if (entry.notBefore().isAfter(now)) {
                return entry.notBefore();
            }
            boolean group = entry.group();
            Instant allowed = pacing.nextAllowed(chat, group, now);
            if (allowed.isAfter(now)) {
                return allowed;
            }
            Instant slot = global.take();
            if (slot != null) {
                return slot;
            }
            Optional<ChatState> next = sendInTurn(lane, chat, group, entry);
            if (next.isEmpty()) {
                return clock.instant();
            }
            chat = next.get();
            if (chat.blocked() || chat.pausedUntil().isAfter(clock.instant())) {
                return chat.blocked() ? null : chat.pausedUntil();
            }
            // Sent (or refused for good): it leaves the lane, and what waits behind it is read in
            // the same round trip; an empty lane is given up with it.
            refresh(keys, lanes.finish(lane, owner, List.of(key)));
        }
    }

    private static void refresh(List<Object> keys, List<Object> waiting) {
        keys.clear();
        keys.addAll(waiting);
    }

    /** {@link #send}, but one at a time during a burst ({@link AcceptFirst}), unless urgent. */
    private Optional<ChatState> sendInTurn(
            String lane, ChatState chat, boolean group, OutboundStore.Entry entry) {
        try {
            return acceptFirst.oneAtATime(
                    () -> send(lane, chat, group, entry),
                    () -> first(entry.key()) || urgent.urgent(lane));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Sends one message; returns the chat's new state, or empty to come back later. */
    private Optional<ChatState> send(
            String lane, ChatState chat, boolean group, OutboundStore.Entry entry) {
        BotApiSender.Result result;
        long out = -1;
        if (sentUnmarked.containsKey(entry.key())) {
            // Sent before; only its mark failed: record it now instead of sending it again.
            result = new BotApiSender.Sent();
        } else {
            // Only what is on disk may be sent: a reply enqueued by a turn that a crash undoes
            // would otherwise go out twice, once now and once when the turn is handled again.
            durability.flush();
            out = System.nanoTime();
            result = api.call(entry.method(), sealer.open(entry.body()));
        }
        Instant now = clock.instant();
        if (result instanceof BotApiSender.Sent) {
            markSent(entry, out);
            ChatState after = pacing.afterSend(chat, group, now);
            store.saveChat(lane, after);
            metrics.sent(entry);
            listener.sent(entry);
            return Optional.of(after);
        }
        if (result instanceof BotApiSender.RetryAfter wait) {
            ChatState paused = chat.pausedUntil(now.plus(wait.retryAfter()));
            store.saveChat(lane, paused);
            store.retryAt(entry, "429", now);
            metrics.rateLimited();
            log.warn(
                    "Telegram asked to wait {} s before sending to a chat",
                    wait.retryAfter().toSeconds());
            return Optional.of(paused);
        }
        if (result instanceof BotApiSender.Blocked) {
            ChatState held = chat.blocked(true);
            store.saveChat(lane, held);
            dropPerishable(lane);
            metrics.blocked();
            log.info("A chat blocked the bot or removed it; holding its messages");
            return Optional.of(held);
        }
        if (result instanceof BotApiSender.Rejected rejected) {
            store.failed(entry, rejected.reason());
            metrics.failed(entry);
            log.error(
                    "Telegram refused a {} message ({}); not retried",
                    entry.kind(),
                    rejected.reason().split(":")[0]);
            return Optional.of(chat);
        }
        String reason = ((BotApiSender.Transient) result).reason();
        Instant retry = now.plus(backoff(entry.attempts() + 1));
        store.retryAt(entry, reason, retry);
        metrics.retried();
        log.warn("Send failed ({}), attempt {}; retrying", reason, entry.attempts() + 1);
        return Optional.empty();
    }

    /**
     * Records that Telegram took {@code entry}, whose request went out at {@code out} (nano time;
     * negative if it was sent before). Until the record is stored, a retry of this lane marks the
     * message again instead of sending it again (the store may be down right now).
     */
    private void markSent(OutboundStore.Entry entry, long out) {
        String key = entry.key();
        sentUnmarked.putIfAbsent(key, false);
        // Lost with a crash, the mark would make the message go out again after a restart.
        if (marks != null) {
            if (!sentUnmarked.get(key)) {
                marks.mark(key, entry.lane());
                sentUnmarked.put(key, true);
            }
            unmarkedFor(out);
            store.markSent(entry);
            marks.applied();
        } else {
            store.markSent(entry);
            durability.flush();
            unmarkedFor(out);
        }
        sentUnmarked.remove(key);
    }

    private void unmarkedFor(long out) {
        if (out >= 0) {
            metrics.unmarked(System.nanoTime() - out);
        }
    }

    /** Gives up the chat's waiting messages that are only worth sending now (reminders). */
    private void dropPerishable(String lane) {
        for (Object key : lanes.ids(lane)) {
            store.find((String) key)
                    .filter(e -> e.status() == OutboundStore.Status.PENDING)
                    .filter(e -> Outbound.PERISHABLE.contains(e.kind()))
                    .ifPresent(e -> store.failed(e, "blocked"));
        }
    }

    /** A key without its message: it may still be on its way; dropped after a grace. */
    private Instant missing(String key) {
        Instant since = missingSince.computeIfAbsent(key, k -> clock.instant());
        Instant deadline = since.plus(MISSING_GRACE);
        if (clock.instant().isBefore(deadline)) {
            return deadline;
        }
        missingSince.remove(key);
        return null;
    }

    /**
     * 1 s doubling per attempt up to {@code maxRetryDelay}, with full jitter over its upper half.
     */
    Duration backoff(int attempt) {
        long cap = maxRetryDelay.toMillis();
        long base = Math.min(cap, 1_000L << Math.min(attempt - 1, 20));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }
}
