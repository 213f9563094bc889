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
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Lanes of work in MongoDB, so that any instance can take any of them: a lane (one chat) is a
 * document listing the ids of its waiting items in the order they were added, and a lease naming
 * the instance that works on it and until when. Only lanes with waiting items have a document, so
 * looking for work stays cheap on the embedded server, which has no secondary indexes.
 *
 * <p>Every write addresses a lane by {@code _id}, or by {@code _id} and its version {@code v}
 * (unique index): the embedded server uses an index only for a query on exactly its keys, so a
 * conditional write such as "this lane, if its lease is free" scanned every lane, under the store's
 * commit fence, for every lane a worker took or gave back (half of the embedded server's CPU while
 * a backlog of 4,000 chats drained, and every other command waited behind it). A lease is now read
 * by id, decided here, and written only if the lane's version is still the one read; every write
 * bumps the version, so an id added in between makes that write miss and it is decided again.
 */
public final class LeasedLanes {

    private static final Date NEVER = new Date(0);
    private static final String VERSION = "v";

    /** Conditional writes that keep missing (a lane written very often) fall back to one scan. */
    private static final int ATTEMPTS = 8;

    private final MongoCollection<Document> lanes;
    private final Clock clock;

    public LeasedLanes(MongoDatabase database, String collection, Clock clock) {
        this.lanes = database.getCollection(collection);
        this.clock = clock;
    }

    private volatile boolean prepared;

    /**
     * The version index, and a version for lanes written before versions existed (one scan): at the
     * first lease, not at construction, which may happen while MongoDB is away (the inbox spools
     * then).
     */
    private void prepare() {
        if (prepared) {
            return;
        }
        lanes.createIndex(Indexes.ascending("_id", VERSION), new IndexOptions().unique(true));
        lanes.updateMany(exists(VERSION, false), Updates.set(VERSION, 0L));
        prepared = true;
    }

    /** Adds {@code id} at the end of {@code lane} (once), creating the lane if needed. */
    public void add(String lane, Object id) {
        lanes.updateOne(
                eq("_id", lane),
                Updates.combine(Updates.addToSet("ids", id), bump()),
                new UpdateOptions().upsert(true));
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
                                        Updates.combine(Updates.addEachToSet("ids", ids), bump()),
                                        upsert)));
        lanes.bulkWrite(adds, new BulkWriteOptions().ordered(false));
    }

    /**
     * Takes the lease of {@code lane} for {@code owner}, unless another owner holds one that has
     * not expired. Returns the previous owner ("" if none), or empty when not taken (held
     * elsewhere, or the lane has nothing waiting).
     */
    public Optional<String> acquire(String lane, String owner, Duration lease) {
        return take(lane, owner, lease).map(Lease::previousOwner);
    }

    /**
     * A lease taken: who held the lane before ("" if nobody), the ids waiting in it when it was
     * taken, in the order they were added (so the taker need not read the lane again), and the
     * lane's version after the taking write (null when taken by the fallback scan), for {@link
     * #endIfUnchanged}.
     */
    public record Lease(String previousOwner, List<Object> ids, Long version) {

        public Lease(String previousOwner, List<Object> ids) {
            this(previousOwner, ids, null);
        }

        private static Lease of(Document lane, Long version) {
            String previous = lane.getString("owner");
            List<Object> ids = lane.getList("ids", Object.class);
            return new Lease(
                    previous == null ? "" : previous,
                    ids == null ? List.of() : List.copyOf(ids),
                    version);
        }
    }

    /** {@link #acquire}, with the ids the lane held when it was taken. */
    public Optional<Lease> take(String lane, String owner, Duration lease) {
        prepare();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document lane0 = lanes.find(eq("_id", lane)).first();
            Instant now = clock.instant();
            if (lane0 == null || !takeable(lane0, owner, now)) {
                return Optional.empty();
            }
            if (written(lane0, leasedTo(owner, now.plus(lease)))) {
                Number v = lane0.get(VERSION, Number.class);
                return Optional.of(Lease.of(lane0, v == null ? null : v.longValue() + 1));
            }
        }
        return acquireByScan(lane, owner, lease);
    }

    private static boolean takeable(Document lane, String owner, Instant now) {
        Date until = lane.getDate("until");
        return owner.equals(lane.getString("owner"))
                || until == null
                || until.before(Date.from(now));
    }

    /** {@link #acquire} in one conditional write (scans every lane on the embedded server). */
    private Optional<Lease> acquireByScan(String lane, String owner, Duration lease) {
        Instant now = clock.instant();
        Document before =
                lanes.findOneAndUpdate(
                        and(
                                eq("_id", lane),
                                or(
                                        eq("owner", owner),
                                        exists("until", false),
                                        lt("until", Date.from(now)))),
                        leasedTo(owner, now.plus(lease)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        return Optional.ofNullable(before).map(d -> Lease.of(d, null));
    }

    private static Bson leasedTo(String owner, Instant until) {
        return Updates.combine(
                Updates.set("owner", owner), Updates.set("until", Date.from(until)), bump());
    }

    /** Extends {@code owner}'s lease of {@code lane}. */
    public void renew(String lane, String owner, Duration lease) {
        prepare();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document lane0 = lanes.find(eq("_id", lane)).first();
            if (lane0 == null || !owner.equals(lane0.getString("owner"))) {
                return;
            }
            Bson until = Updates.set("until", Date.from(clock.instant().plus(lease)));
            if (written(lane0, Updates.combine(until, bump()))) {
                return;
            }
        }
        lanes.updateOne(
                and(eq("_id", lane), eq("owner", owner)),
                Updates.combine(
                        Updates.set("until", Date.from(clock.instant().plus(lease))), bump()));
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
        lanes.updateOne(eq("_id", lane), Updates.combine(Updates.pull("ids", id), bump()));
    }

    /**
     * Removes the {@code done} ids from {@code lane} and, when nothing else waits in it, ends
     * {@code owner}'s lease (the lane is deleted): two round trips where removing the ids one by
     * one, reading the lane again and releasing it took one per id and three more. Returns the ids
     * still waiting, in order (lease kept), or an empty list once the lane is given up (also when
     * another owner holds it now).
     */
    public List<Object> finish(String lane, String owner, Collection<?> done) {
        Document after =
                lanes.findOneAndUpdate(
                        eq("_id", lane),
                        Updates.combine(Updates.pullAll("ids", List.copyOf(done)), bump()),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (after == null || !owner.equals(after.getString("owner"))) {
                return List.of();
            }
            List<Object> ids = after.getList("ids", Object.class);
            if (ids != null && !ids.isEmpty()) {
                return List.copyOf(ids);
            }
            prepare();
            if (lanes.deleteOne(version(after)).getDeletedCount() == 1) {
                return List.of();
            }
            // An id was added in between: read the lane again.
            after = lanes.find(eq("_id", lane)).first();
        }
        release(lane, owner);
        return List.of();
    }

    /**
     * Ends the lease and deletes {@code lane} if it is still at {@code version} (the version the
     * taker's own write gave it): nothing was added since it was taken, so when every id it held
     * then is done, this is {@link #finish} in one round trip instead of two. False (nothing
     * written) when it changed meanwhile; then {@link #finish} as usual.
     */
    public boolean endIfUnchanged(String lane, long version) {
        prepare();
        return lanes.deleteOne(new Document("_id", lane).append(VERSION, version)).getDeletedCount()
                == 1;
    }

    /** Removes the {@code done} ids from {@code lane}, then ends {@code owner}'s lease. */
    public void release(String lane, String owner, Collection<?> done) {
        if (!done.isEmpty()) {
            lanes.updateOne(
                    eq("_id", lane),
                    Updates.combine(Updates.pullAll("ids", List.copyOf(done)), bump()));
        }
        release(lane, owner);
    }

    /**
     * Ends {@code owner}'s lease: the lane is deleted if nothing waits in it any more, otherwise it
     * is left for whoever comes next.
     */
    public void release(String lane, String owner) {
        prepare();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document lane0 = lanes.find(eq("_id", lane)).first();
            if (lane0 == null || !owner.equals(lane0.getString("owner"))) {
                return;
            }
            List<?> ids = lane0.getList("ids", Object.class);
            boolean done =
                    ids == null || ids.isEmpty()
                            ? lanes.deleteOne(version(lane0)).getDeletedCount() == 1
                            : written(lane0, Updates.combine(Updates.set("until", NEVER), bump()));
            if (done) {
                return;
            }
        }
        releaseByScan(lane, owner);
    }

    /** {@link #release} in conditional writes that scan every lane on the embedded server. */
    private void releaseByScan(String lane, String owner) {
        long deleted =
                lanes.deleteOne(and(eq("_id", lane), eq("owner", owner), size("ids", 0)))
                        .getDeletedCount();
        if (deleted == 0) {
            lanes.updateOne(
                    and(eq("_id", lane), eq("owner", owner)),
                    Updates.combine(Updates.set("until", NEVER), bump()));
        }
    }

    /** Writes {@code update} to {@code lane} if it is still the version read; false if not. */
    private boolean written(Document lane, Bson update) {
        return lanes.updateOne(version(lane), update).getMatchedCount() == 1;
    }

    /**
     * The filter for exactly this version of the lane: {@code _id} and {@code v}, the keys of the
     * unique index (as a plain document, so the query has exactly those keys).
     */
    private static Bson version(Document lane) {
        Object v = lane.get(VERSION);
        return v == null
                ? and(eq("_id", lane.get("_id")), exists(VERSION, false))
                : new Document("_id", lane.get("_id")).append(VERSION, v);
    }

    private static Bson bump() {
        return Updates.inc(VERSION, 1L);
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
                        Updates.combine(Updates.set("until", NEVER), bump()))
                .getModifiedCount();
    }
}
