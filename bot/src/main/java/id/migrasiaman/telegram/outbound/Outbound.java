package id.migrasiaman.telegram.outbound;

import com.mongodb.MongoException;
import id.migrasiaman.store.Durability;
import id.migrasiaman.system.Sealer;
import id.migrasiaman.telegram.inbox.AcceptFirst;
import id.migrasiaman.telegram.inbox.Instance;
import id.migrasiaman.telegram.inbox.LaneRunner;
import id.migrasiaman.telegram.inbox.TransportSettings;
import id.migrasiaman.telegram.inbox.UrgentLanes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Send without blocking: messages are enqueued durably (under idempotency keys, so a turn handled
 * again enqueues nothing new) and sent by a pool of senders, each chat in order and at Telegram's
 * pace, chats never waiting for one another. Nothing is dropped: only a message Telegram refuses
 * for good (400) is given up, and counted.
 */
public final class Outbound implements AutoCloseable {

    /** Key prefix of an URGENT report's staff alert: sent before anything else in its chat. */
    public static final String URGENT_ALERT_PREFIX = "urgent-alert:";

    /** Key prefix of a withdrawal notice: follows its urgent alert, ahead of ordinary messages. */
    public static final String WITHDRAWN_PREFIX = "withdrawn:";

    /** Told about every message Telegram accepted (e.g. to record that a staff alert went out). */
    public interface SentListener {
        void sent(OutboundStore.Entry entry);
    }

    /** The kind of a reminder the person asked for (e.g. the route's day-before reminder). */
    public static final String REMINDER = "reminder";

    /**
     * Kinds of message that are only worth sending now: dropped, not held, when the chat blocked
     * the bot (a reminder read days later, after the person unblocked the bot, would be stale).
     */
    public static final java.util.Set<String> PERISHABLE = java.util.Set.of(Outbound.REMINDER);

    private static final Logger log = LoggerFactory.getLogger(Outbound.class);
    private static final Duration KEEP_SENT = Duration.ofDays(3);

    private final OutboundStore store;
    private final Sealer sealer;
    private final Instance instance;
    private final Duration sweepInterval;
    private final Clock clock;
    private final LaneRunner runner;
    private final OutboundWorkers workers;
    private final Durability durability;
    private final SentMarks marks;
    private ScheduledExecutorService sweeper;
    private final AcceptFirst acceptFirst;

    /** When the last sweep of the lanes ran (nanoTime; see {@link AcceptFirst#sweepDue}). */
    private long lanesSweptAt = System.nanoTime() - AcceptFirst.BURST_SWEEP_EVERY;

    /**
     * With sending narrowed to one message at a time while updates arrive in a burst ({@code
     * acceptFirst}, shared with the inbox), except for the {@code urgent} chats and urgent staff
     * alerts.
     */
    public Outbound(
            OutboundStore store,
            BotApiSender api,
            Sealer sealer,
            Durability durability,
            Path marksDirectory,
            TransportSettings settings,
            Instance instance,
            SentListener listener,
            Clock clock,
            AcceptFirst acceptFirst,
            UrgentLanes urgent,
            MeterRegistry meters) {
        this.store = store;
        this.sealer = sealer;
        this.instance = instance;
        this.sweepInterval = settings.sweepInterval();
        this.acceptFirst = acceptFirst;
        this.clock = clock;
        this.durability = durability;
        this.marks = marksDirectory == null ? null : new SentMarks(marksDirectory);
        this.workers =
                new OutboundWorkers(
                        store,
                        api,
                        sealer,
                        durability,
                        marks,
                        new ChatPacing(
                                settings.privateBurst(),
                                settings.privateInterval(),
                                settings.groupPerMinute()),
                        new GlobalRate(settings.globalPerSecond(), clock),
                        new OutboundMetrics(meters),
                        listener,
                        instance.owner(),
                        settings.lease(),
                        settings.maxRetryDelay(),
                        clock,
                        acceptFirst,
                        urgent);
        this.runner = new LaneRunner("telegram-send", settings.senders(), workers, clock);
        Gauge.builder("migrasi.telegram.outbound.lanes.active", runner, LaneRunner::active)
                .register(meters);
    }

    /**
     * A message: {@code key} makes it count once, {@code body} is the plain JSON of Bot API method
     * {@code method} (sealed here), {@code kind} names it in metrics ("reply", "alert", "staff"),
     * {@code ref} is what a {@link SentListener} needs (e.g. a report code).
     */
    public record Message(String key, String method, byte[] body, String kind, String ref) {}

    /**
     * Enqueues {@code messages} for the chat of lane {@code lane}, in order; durable once the
     * caller has flushed the store. Then call {@link #wake}.
     */
    public void enqueue(String lane, long chatId, List<Message> messages) {
        List<OutboundStore.Message> sealed = new ArrayList<>(messages.size());
        for (Message m : messages) {
            sealed.add(
                    new OutboundStore.Message(
                            m.key(), m.method(), sealer.seal(m.body()), m.kind(), m.ref()));
        }
        store.enqueueAll(lane, chatId < 0, sealed);
    }

    /** Where the message {@code key} is, if it was ever enqueued (and not purged). */
    public Optional<OutboundStore.Status> status(String key) {
        return store.find(key).map(OutboundStore.Entry::status);
    }

    /** Sends {@code lane}'s queue soon. */
    public void wake(String lane) {
        runner.wake(lane);
    }

    /** The chat wrote to the bot: if it had blocked the bot, its held messages go out now. */
    public void chatWrote(String lane) {
        ChatState chat = store.chat(lane);
        if (chat.blocked()) {
            store.saveChat(lane, chat.blocked(false));
            log.info("A chat that had blocked the bot wrote again; sending its held messages");
            runner.wake(lane);
        }
    }

    /**
     * Whether the chat of {@code lane} blocked the bot or removed it (and has not written since).
     */
    public boolean blocked(String lane) {
        return store.chat(lane).blocked();
    }

    /** The bot was blocked in or removed from the chat ({@code my_chat_member}). */
    public void chatLeft(String lane) {
        store.saveChat(lane, store.chat(lane).blocked(true));
    }

    /** Starts the sweep; frees the lanes an earlier run of this instance held. */
    public synchronized void start() {
        if (sweeper != null) {
            return;
        }
        sweeper =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "telegram-send-sweep");
                            t.setDaemon(true);
                            return t;
                        });
        applyLeftMarks();
        try {
            store.lanes().releaseEarlierRuns(instance.name(), instance.owner());
        } catch (MongoException e) {
            log.warn("Outbound: could not free earlier leases ({})", e.getClass().getSimpleName());
        }
        sweeper.scheduleWithFixedDelay(
                this::sweep, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        sweeper.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    /**
     * Before anything is sent: marks sent what the last run marked in its journal only (a crash
     * came before the store's file was synced), so it does not go out twice.
     */
    private void applyLeftMarks() {
        if (marks == null) {
            return;
        }
        int applied = 0;
        for (SentMarks.Mark mark : marks.left()) {
            Optional<OutboundStore.Entry> entry =
                    store.find(mark.key()).filter(e -> e.status() == OutboundStore.Status.PENDING);
            if (entry.isPresent()) {
                store.sent(entry.get());
                applied++;
            }
        }
        durability.flush();
        if (applied > 0) {
            // Each of these would have gone out a second time.
            log.info("Outbound: {} message(s) marked sent from the last run's journal", applied);
        }
        marks.truncateAfterStart();
    }

    private void sweep() {
        // During a burst only every few seconds (AcceptFirst#sweepDue): emptying the marks journal
        // forces the store's file, and the lanes' scan runs in the embedded server.
        long due = acceptFirst.sweepDue(lanesSweptAt);
        if (due == lanesSweptAt) {
            return;
        }
        lanesSweptAt = due;
        if (marks != null) {
            marks.truncateIfApplied(durability::flush);
        }
        try {
            for (String lane : store.lanes().available(instance.owner(), 500)) {
                runner.wake(lane);
            }
        } catch (RuntimeException e) {
            log.debug("Outbound sweep failed ({})", e.getClass().getSimpleName());
        }
    }

    private void purge() {
        try {
            store.purge(clock.instant().minus(KEEP_SENT));
        } catch (RuntimeException e) {
            log.warn("Outbound purge failed ({})", e.getClass().getSimpleName());
        }
    }

    /** Stops the sweep (chats already woken finish what they are sending). */
    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
    }

    @Override
    public void close() {
        if (marks != null) {
            marks.close();
        }
        stop();
        runner.stop(Duration.ofSeconds(10));
        workers.releaseHeld();
    }
}
