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
import java.util.HashMap;
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

    /**
     * A lane while this instance holds its lease: the chat's state, the keys waiting (as last
     * read), the keys sent (or given up) that the lane still lists, and the messages read so far.
     */
    private static final class Pass {

        final String lane;
        ChatState chat;
        boolean chatChanged;
        boolean paced;
        final List<Object> keys = new ArrayList<>();
        final List<Object> done = new ArrayList<>();
        final Map<String, OutboundStore.Entry> entries = new HashMap<>();
        final Instant until;
        Instant next;

        /**
         * The lane's version while nothing but the taking wrote it; null once it was read again.
         */
        Long version;

        Pass(String lane, ChatState chat, LeasedLanes.Lease lease, Instant until) {
            this.lane = lane;
            this.chat = chat;
            this.keys.addAll(lease.ids());
            this.version = lease.version();
            this.until = until;
        }
    }

    /**
     * Lanes kept between two sends of a paced chat (a private chat past its burst gets one message
     * a second): the lease is kept, not given back and taken again, and the chat's state stays in
     * memory, so a paced message costs two round trips (the lane read with the sent keys leaving
     * it, the sent mark) where giving the lane back, taking it, reading the chat and the message,
     * marking it, saving the chat and finishing took nine. Only this instance sends to a chat whose
     * lease it holds, so nobody else needs the pacing state before the lease is given up, when it
     * is saved; lost with a crash, it is stale by the time the lease has expired (30 s: a private
     * chat's bucket refills in 3 s, a group's in 20 s).
     */
    private final Map<String, Pass> held = new ConcurrentHashMap<>();

    @Override
    public Instant run(String lane) {
        Instant now = clock.instant();
        Pass pass = held.remove(lane);
        if (pass != null && now.isBefore(pass.next)) {
            // Woken before the chat's pace allows (a new message, the sweep): nothing can go yet.
            held.put(lane, pass);
            return pass.next;
        }
        if (pass != null && pass.until.minus(lease.dividedBy(3)).isBefore(now)) {
            giveUp(pass);
            pass = null;
        }
        if (pass != null) {
            // Still ours: what waits now, the keys sent meanwhile leaving the lane with the read.
            pass.version = null;
            refresh(pass.keys, lanes.finish(lane, owner, pass.done));
            pass.done.clear();
            if (pass.keys.isEmpty()) {
                savePacing(pass);
                return null;
            }
        } else {
            Instant takenAt = clock.instant();
            Optional<LeasedLanes.Lease> taken = lanes.take(lane, owner, lease);
            if (taken.isEmpty()) {
                return null;
            }
            pass = new Pass(lane, store.chat(lane), taken.get(), takenAt.plus(lease));
        }
        boolean released = false;
        boolean kept = false;
        try {
            pass.paced = false;
            Instant again = drain(pass);
            released = again == null && pass.keys.isEmpty();
            if (again != null
                    && pass.paced
                    && again.isBefore(pass.until.minus(lease.dividedBy(3)))) {
                pass.next = again;
                held.put(lane, pass);
                kept = true;
            }
            return again;
        } finally {
            if (!released && !kept) {
                giveUp(pass);
            }
        }
    }

    /** Ends the lease of {@code pass}: the sent keys leave the lane, the pacing state is saved. */
    private void giveUp(Pass pass) {
        savePacing(pass);
        lanes.release(pass.lane, owner, pass.done);
        pass.done.clear();
    }

    private void savePacing(Pass pass) {
        if (pass.chatChanged) {
            store.savePacing(pass.lane, pass.chat);
            pass.chatChanged = false;
        }
    }

    /** Gives back the lanes kept between paced sends (shutting down). */
    void releaseHeld() {
        for (String lane : List.copyOf(held.keySet())) {
            Pass pass = held.remove(lane);
            if (pass != null) {
                try {
                    giveUp(pass);
                } catch (RuntimeException e) {
                    log.debug("Could not give a lane back ({})", e.getClass().getSimpleName());
                }
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
     * Sends the lane's messages in order; {@code pass.keys} (the lane's waiting keys when it was
     * read) is kept up to date and left empty once the lane was given up ({@link
     * LeasedLanes#finish}). A private chat's sent keys leave the lane when its known keys are sent
     * or it must wait, together with reading what else waits; a group's after each message, so an
     * urgent staff alert queued meanwhile goes next.
     */
    private Instant drain(Pass pass) {
        String lane = pass.lane;
        List<Object> keys = pass.keys;
        while (true) {
            if (keys.isEmpty()) {
                savePacing(pass);
                if (pass.version != null && lanes.endIfUnchanged(lane, pass.version)) {
                    // Everything listed when it was taken is sent, and nothing came meanwhile.
                    return null;
                }
                pass.version = null;
                refresh(keys, lanes.finish(lane, owner, pass.done));
                pass.done.clear();
                if (keys.isEmpty()) {
                    return null;
                }
            }
            ChatState chat = pass.chat;
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
            OutboundStore.Entry entry = entry(pass, key);
            if (entry == null) {
                Instant wait = missing(key);
                if (wait != null) {
                    return wait;
                }
                finished(pass, key);
                continue;
            }
            missingSince.remove(key);
            if (entry.status() != OutboundStore.Status.PENDING) {
                sentUnmarked.remove(key);
                finished(pass, key);
                continue;
            }
            if (entry.notBefore().isAfter(now)) {
                return entry.notBefore();
            }
            boolean group = entry.group();
            Instant allowed = pacing.nextAllowed(chat, group, now);
            if (allowed.isAfter(now)) {
                pass.paced = true;
                return allowed;
            }
            Instant slot = global.take();
            if (slot != null) {
                pass.paced = true;
                return slot;
            }
            Optional<ChatState> next = sendInTurn(pass, group, entry);
            if (next.isEmpty()) {
                // Tried again later (its attempts and time changed): read it again then.
                pass.entries.remove(key);
                return clock.instant();
            }
            pass.chat = next.get();
            chat = pass.chat;
            if (chat.blocked() || chat.pausedUntil().isAfter(clock.instant())) {
                pass.entries.remove(key);
                return chat.blocked() ? null : chat.pausedUntil();
            }
            // Sent (or refused for good): it leaves the lane.
            finished(pass, key);
            if (group) {
                // What waits behind it is read in the same round trip; an empty lane is given up.
                savePacing(pass);
                pass.version = null;
                refresh(keys, lanes.finish(lane, owner, pass.done));
                pass.done.clear();
                if (keys.isEmpty()) {
                    return null;
                }
            }
        }
    }

    /** {@code key} is sent or given up: it leaves the lane with the next read of it. */
    private static void finished(Pass pass, String key) {
        pass.keys.remove(key);
        pass.entries.remove(key);
        pass.done.add(key);
    }

    /**
     * The message under {@code key}, or null if it is not stored (yet): the messages of the lane's
     * keys not read yet are read together, in one round trip ({@code $in} on {@code _id}).
     */
    private OutboundStore.Entry entry(Pass pass, String key) {
        OutboundStore.Entry known = pass.entries.get(key);
        if (known != null) {
            return known;
        }
        List<String> unread = new ArrayList<>();
        for (Object k : pass.keys) {
            if (!pass.entries.containsKey((String) k)) {
                unread.add((String) k);
            }
            if (unread.size() == READ_AT_ONCE) {
                break;
            }
        }
        if (!unread.contains(key)) {
            unread.add(key);
        }
        pass.entries.putAll(store.findAll(unread));
        return pass.entries.get(key);
    }

    /** Messages of a lane read in one round trip. */
    static final int READ_AT_ONCE = 32;

    private static void refresh(List<Object> keys, List<Object> waiting) {
        keys.clear();
        keys.addAll(waiting);
    }

    /** {@link #send}, but one at a time during a burst ({@link AcceptFirst}), unless urgent. */
    private Optional<ChatState> sendInTurn(Pass pass, boolean group, OutboundStore.Entry entry) {
        try {
            return acceptFirst.oneAtATime(
                    () -> send(pass, group, entry),
                    () -> first(entry.key()) || urgent.urgent(pass.lane));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Sends one message; returns the chat's new state, or empty to come back later. The pacing
     * state after a send is saved when the lane is given up ({@link #savePacing}); what Telegram
     * said about the chat (blocked, paused) is saved at once.
     */
    private Optional<ChatState> send(Pass pass, boolean group, OutboundStore.Entry entry) {
        String lane = pass.lane;
        ChatState chat = pass.chat;
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
            pass.chatChanged = true;
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
