package id.migrasiaman.telegram.inbox;

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
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import id.migrasiaman.store.LeasedLanes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The durable inbox ({@code telegram_inbox}): one document per Telegram update, unique by its
 * update id, holding the sealed update until it is handled; then only the id and {@code DONE}
 * remain (for de-duplication, purged after three days). Each chat's waiting updates are listed in
 * its lane ({@code telegram_inbox_lanes}).
 */
public final class InboxStore {

    /** Where an update is. */
    public enum Status {
        PENDING,
        DONE,
        SET_ASIDE
    }

    /** An update in the inbox. */
    public record Entry(
            long updateId,
            String lane,
            byte[] payload,
            Status status,
            int attempts,
            Instant notBefore,
            Instant acceptedAt) {}

    private final MongoCollection<Document> inbox;
    private final LeasedLanes lanes;
    private final Clock clock;

    public InboxStore(MongoDatabase database, Clock clock) {
        this.inbox = database.getCollection("telegram_inbox");
        this.lanes = new LeasedLanes(database, "telegram_inbox_lanes", clock);
        this.clock = clock;
    }

    public LeasedLanes lanes() {
        return lanes;
    }

    /**
     * Stores an update once; false when its id is there already (a redelivery). The update is
     * stored first and then listed in its lane, also when it was there already: a crash in between
     * leaves an update no lane lists until it is relayed again (the spool keeps it until both
     * writes are done), which lists it. Listing it first let a worker that found the id without its
     * update drop the id after a grace time just before the update arrived.
     */
    public boolean accept(long updateId, String lane, byte[] sealed, Instant acceptedAt) {
        boolean added;
        try {
            inbox.insertOne(document(updateId, lane, sealed, acceptedAt));
            added = true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            added = false;
        }
        lanes.add(lane, updateId);
        return added;
    }

    /**
     * Stores a batch of updates (each once; ids already there are redeliveries and skipped) in two
     * round trips: the updates first, then the lanes, as {@link #accept} does for one.
     */
    public void acceptAll(List<InboxSpool.Spooled> updates) {
        Map<String, List<Object>> byLane = new LinkedHashMap<>();
        List<Document> documents = new ArrayList<>(updates.size());
        for (InboxSpool.Spooled u : updates) {
            byLane.computeIfAbsent(u.lane(), k -> new ArrayList<>()).add(u.updateId());
            documents.add(document(u.updateId(), u.lane(), u.payload(), u.acceptedAt()));
        }
        try {
            inbox.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        lanes.addAll(byLane);
    }

    private static Document document(long updateId, String lane, byte[] sealed, Instant at) {
        return new Document("_id", updateId)
                .append("lane", lane)
                .append("payload", new Binary(sealed))
                .append("status", Status.PENDING.name())
                .append("attempts", 0)
                .append("at", Date.from(at));
    }

    public Optional<Entry> find(long updateId) {
        return Optional.ofNullable(inbox.find(eq("_id", updateId)).first()).map(InboxStore::entry);
    }

    /**
     * The updates of {@code updateIds} that are stored, by id, in one round trip (a query on
     * exactly {@code _id}, which the embedded server answers from its index).
     */
    public Map<Long, Entry> findAll(Collection<Long> updateIds) {
        Map<Long, Entry> found = new HashMap<>();
        if (updateIds.isEmpty()) {
            return found;
        }
        for (Document d : inbox.find(in("_id", updateIds))) {
            Entry e = entry(d);
            found.put(e.updateId(), e);
        }
        return found;
    }

    /**
     * Marks the update handled: its content is dropped, its id kept for de-duplication. Its lane
     * still lists it until the worker removes the ids it handled ({@link LeasedLanes#finish}).
     */
    public void done(long updateId) {
        inbox.updateOne(
                eq("_id", updateId),
                Updates.combine(
                        Updates.set("status", Status.DONE.name()),
                        Updates.set("doneAt", Date.from(clock.instant())),
                        Updates.unset("payload")));
    }

    /** Records a failed attempt; returns the number of attempts so far. */
    public int failed(long updateId, String reason, Instant retryAt) {
        Document after =
                inbox.findOneAndUpdate(
                        eq("_id", updateId),
                        Updates.combine(
                                Updates.inc("attempts", 1),
                                Updates.set("reason", reason),
                                Updates.set("notBefore", Date.from(retryAt))),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return after == null ? Integer.MAX_VALUE : after.getInteger("attempts", 1);
    }

    /** Sets an update aside for good (kept sealed, with the reason, for inspection). */
    public void setAside(long updateId, String reason) {
        inbox.updateOne(
                eq("_id", updateId),
                Updates.combine(
                        Updates.set("status", Status.SET_ASIDE.name()),
                        Updates.set("reason", reason),
                        Updates.set("doneAt", Date.from(clock.instant()))));
    }

    /** How many updates are in {@code status}. */
    public long count(Status status) {
        return inbox.countDocuments(eq("status", status.name()));
    }

    /** Forgets handled updates finished before {@code before}. */
    public long purge(Instant before) {
        return inbox.deleteMany(
                        and(eq("status", Status.DONE.name()), lt("doneAt", Date.from(before))))
                .getDeletedCount();
    }

    private static Entry entry(Document d) {
        Binary payload = d.get("payload", Binary.class);
        Date notBefore = d.getDate("notBefore");
        return new Entry(
                d.get("_id", Number.class).longValue(),
                d.getString("lane"),
                payload == null ? null : payload.getData(),
                Status.valueOf(d.getString("status")),
                d.getInteger("attempts", 0),
                notBefore == null ? Instant.EPOCH : notBefore.toInstant(),
                d.getDate("at").toInstant());
    }
}
