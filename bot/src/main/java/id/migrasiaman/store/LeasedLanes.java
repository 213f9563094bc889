package id.migrasiaman.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * Lanes of work in MongoDB, so that any instance can take any of them: a lane (one chat) is a
 * document listing the ids of its waiting items in the order they were added, and a lease naming
 * the instance that works on it and until when. Only lanes with waiting items have a document, so
 * looking for work stays cheap on the embedded server, which has no secondary indexes.
 */
public final class LeasedLanes {

    private static final Date NEVER = new Date(0);

    private final MongoCollection<Document> lanes;
    private final Clock clock;

    public LeasedLanes(MongoDatabase database, String collection, Clock clock) {
        this.lanes = database.getCollection(collection);
        this.clock = clock;
    }

    /** Adds {@code id} at the end of {@code lane} (once), creating the lane if needed. */
    public void add(String lane, Object id) {
        lanes.updateOne(
                eq("_id", lane), Updates.addToSet("ids", id), new UpdateOptions().upsert(true));
    }

    /** Adds each lane's ids at its end (once), in one round trip for all lanes. */
    public void addAll(Map<String, List<Object>> idsByLane) {
        if (idsByLane.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> adds = new ArrayList<>();
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        idsByLane.forEach(
                (lane, ids) ->
                        adds.add(
                                new UpdateOneModel<>(
                                        eq("_id", lane),
                                        Updates.addEachToSet("ids", ids),
                                        upsert)));
        lanes.bulkWrite(adds, new BulkWriteOptions().ordered(false));
    }

    /**
     * Takes the lease of {@code lane} for {@code owner}, unless another owner holds one that has
     * not expired. Returns the previous owner ("" if none), or empty when not taken (held
     * elsewhere, or the lane has nothing waiting).
     */
    public Optional<String> acquire(String lane, String owner, Duration lease) {
        Instant now = clock.instant();
        Document before =
                lanes.findOneAndUpdate(
                        and(
                                eq("_id", lane),
                                or(
                                        eq("owner", owner),
                                        exists("until", false),
                                        lt("until", Date.from(now)))),
                        Updates.combine(
                                Updates.set("owner", owner),
                                Updates.set("until", Date.from(now.plus(lease)))),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            return Optional.empty();
        }
        String previous = before.getString("owner");
        return Optional.of(previous == null ? "" : previous);
    }

    /** Extends {@code owner}'s lease of {@code lane}. */
    public void renew(String lane, String owner, Duration lease) {
        lanes.updateOne(
                and(eq("_id", lane), eq("owner", owner)),
                Updates.set("until", Date.from(clock.instant().plus(lease))));
    }

    /** The ids waiting in {@code lane}, in the order they were added. */
    public List<Object> ids(String lane) {
        Document doc = lanes.find(eq("_id", lane)).first();
        if (doc == null || doc.get("ids") == null) {
            return List.of();
        }
        return new ArrayList<>(doc.getList("ids", Object.class));
    }

    /** Removes {@code id} from {@code lane}. */
    public void remove(String lane, Object id) {
        lanes.updateOne(eq("_id", lane), Updates.pull("ids", id));
    }

    /**
     * Ends {@code owner}'s lease: the lane is deleted if nothing waits in it any more, otherwise it
     * is left for whoever comes next.
     */
    public void release(String lane, String owner) {
        long deleted =
                lanes.deleteOne(and(eq("_id", lane), eq("owner", owner), size("ids", 0)))
                        .getDeletedCount();
        if (deleted == 0) {
            lanes.updateOne(and(eq("_id", lane), eq("owner", owner)), Updates.set("until", NEVER));
        }
    }

    /** Lanes with waiting items that {@code owner} may take now (free, expired or its own). */
    public List<String> available(String owner, int limit) {
        List<String> found = new ArrayList<>();
        lanes.find(
                        or(
                                eq("owner", owner),
                                exists("until", false),
                                lt("until", Date.from(clock.instant()))))
                .projection(Projections.include("_id"))
                .limit(limit)
                .forEach(d -> found.add(d.getString("_id")));
        return found;
    }

    /** How many lanes have items waiting. */
    public long count() {
        return lanes.countDocuments();
    }

    /**
     * Frees the lanes an earlier run of {@code instance} still holds: after a restart they need not
     * wait for their leases to expire. Owners are {@code instance + "/" + run}.
     */
    public long releaseEarlierRuns(String instance, String currentOwner) {
        return lanes.updateMany(
                        and(
                                regex("owner", "^" + Pattern.quote(instance + "/")),
                                ne("owner", currentOwner)),
                        Updates.set("until", NEVER))
                .getModifiedCount();
    }
}
