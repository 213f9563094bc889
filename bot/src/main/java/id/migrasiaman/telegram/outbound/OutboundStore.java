package id.migrasiaman.telegram.outbound;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.migrasiaman.store.LeasedLanes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The durable outbound queue ({@code telegram_outbound}): one document per message to send, under
 * an idempotency key (the same reply enqueued twice is one message), its Bot API call sealed until
 * it is sent; then only the key and {@code SENT} remain for a few days. Each chat's waiting keys
 * are listed in order in its lane ({@code telegram_outbound_lanes}); what Telegram told us about a
 * chat (blocked, paused by a 429, pacing) is in {@code telegram_chats}.
 */
public final class OutboundStore {

    /** Where a message is. */
    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    /** A message in the queue. */
    public record Entry(
            String key,
            String lane,
            boolean group,
            String kind,
            String ref,
            String method,
            byte[] body,
            Status status,
            int attempts,
            Instant notBefore) {}

    /** A message to enqueue: {@code body} is the sealed JSON of Bot API method {@code method}. */
    record Message(String key, String method, byte[] body, String kind, String ref) {}

    private final MongoCollection<Document> outbound;
    private final MongoCollection<Document> chats;
    private final LeasedLanes lanes;
    private final Clock clock;

    public OutboundStore(MongoDatabase database, Clock clock) {
        this.outbound = database.getCollection("telegram_outbound");
        this.chats = database.getCollection("telegram_chats");
        this.lanes = new LeasedLanes(database, "telegram_outbound_lanes", clock);
        this.clock = clock;
    }

    public LeasedLanes lanes() {
        return lanes;
    }

    /**
     * Enqueues {@code message} for {@code lane} unless its key is there already. The message is
     * stored first and then listed in its lane, also when it was there already: a crash in between
     * leaves a message its lane does not list until the turn is handled again (its update is not
     * marked done before both writes), which lists it. (Listing it first let a sender that found
     * the key without its message drop the key after a grace time just before the message arrived;
     * the message then waited for ever — seen once in a local crash test after a restart.)
     */
    boolean enqueue(String lane, boolean group, Message message) {
        boolean added;
        try {
            outbound.insertOne(document(lane, group, message));
            added = true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            added = false;
        }
        lanes.add(lane, message.key());
        return added;
    }

    /**
     * {@link #enqueue} for a turn's messages, in two round trips whatever their number: all of them
     * stored (keys already there are skipped), then listed in the lane in their order.
     */
    void enqueueAll(String lane, boolean group, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(messages.size());
        List<Object> keys = new ArrayList<>(messages.size());
        for (Message m : messages) {
            documents.add(document(lane, group, m));
            keys.add(m.key());
        }
        try {
            outbound.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        lanes.addAll(Map.of(lane, keys));
    }

    private Document document(String lane, boolean group, Message message) {
        return new Document("_id", message.key())
                .append("lane", lane)
                .append("group", group)
                .append("kind", message.kind())
                .append("ref", message.ref())
                .append("method", message.method())
                .append("body", new Binary(message.body()))
                .append("status", Status.PENDING.name())
                .append("attempts", 0)
                .append("createdAt", Date.from(clock.instant()));
    }

    public Optional<Entry> find(String key) {
        return Optional.ofNullable(outbound.find(eq("_id", key)).first()).map(OutboundStore::entry);
    }

    /**
     * The messages of {@code keys} that are stored, by key, in one round trip (a query on exactly
     * {@code _id}, which the embedded server answers from its index).
     */
    Map<String, Entry> findAll(Collection<String> keys) {
        Map<String, Entry> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (Document d : outbound.find(in("_id", keys))) {
            Entry e = entry(d);
            found.put(e.key(), e);
        }
        return found;
    }

    /** Marks a message sent: its content is dropped, its key kept against doubles. */
    public void sent(Entry entry) {
        markSent(entry);
        lanes.remove(entry.lane(), entry.key());
    }

    /**
     * {@link #sent}, leaving the key in its lane for the sender to remove with what it reads next
     * ({@link LeasedLanes#finish}); a key whose message is sent is skipped if it stays.
     */
    void markSent(Entry entry) {
        outbound.updateOne(
                eq("_id", entry.key()),
                Updates.combine(
                        Updates.set("status", Status.SENT.name()),
                        Updates.set("sentAt", Date.from(clock.instant())),
                        Updates.unset("body")));
    }

    /** Telegram refused the message for good (e.g. 400): kept with the reason, not retried. */
    public void failed(Entry entry, String reason) {
        outbound.updateOne(
                eq("_id", entry.key()),
                Updates.combine(
                        Updates.set("status", Status.FAILED.name()),
                        Updates.set("reason", reason),
                        Updates.set("sentAt", Date.from(clock.instant()))));
        lanes.remove(entry.lane(), entry.key());
    }

    /** Records a failed attempt and when to try again. */
    public void retryAt(Entry entry, String reason, Instant at) {
        outbound.updateOne(
                eq("_id", entry.key()),
                Updates.combine(
                        Updates.inc("attempts", 1),
                        Updates.set("reason", reason),
                        Updates.set("notBefore", Date.from(at))));
    }

    /** What Telegram told us about {@code lane}'s chat. */
    public ChatState chat(String lane) {
        Document d = chats.find(eq("_id", lane)).first();
        return d == null ? ChatState.NEW : ChatState.of(d);
    }

    /** Stores {@code state} for {@code lane}. */
    public void saveChat(String lane, ChatState state) {
        chats.updateOne(
                eq("_id", lane),
                Updates.combine(state.updates()),
                new UpdateOptions().upsert(true));
    }

    /**
     * Stores the pacing part of {@code state} for {@code lane} (what the sender changes with each
     * message), leaving what Telegram said about the chat (blocked, paused) as it is in the store.
     */
    void savePacing(String lane, ChatState state) {
        chats.updateOne(
                eq("_id", lane),
                Updates.combine(state.pacingUpdates()),
                new UpdateOptions().upsert(true));
    }

    /** How many messages are in {@code status}. */
    public long count(Status status) {
        return outbound.countDocuments(eq("status", status.name()));
    }

    /** Forgets sent messages older than {@code before}. */
    public long purge(Instant before) {
        return outbound.deleteMany(
                        and(eq("status", Status.SENT.name()), lt("sentAt", Date.from(before))))
                .getDeletedCount();
    }

    private static Entry entry(Document d) {
        Binary body = d.get("body", Binary.class);
        Date notBefore = d.getDate("notBefore");
        return new Entry(
                d.getString("_id"),
                d.getString("lane"),
                d.getBoolean("group", false),
                d.getString("kind"),
                d.getString("ref"),
                d.getString("method"),
                body == null ? null : body.getData(),
                Status.valueOf(d.getString("status")),
                d.getInteger("attempts", 0),
                notBefore == null ? Instant.EPOCH : notBefore.toInstant());
    }
}
