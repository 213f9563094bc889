package id.migrasiaman.stories;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import id.migrasiaman.store.Durability;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Stories in MongoDB ({@code stories}). The teller's original words are kept only until a moderator
 * decides; what is published is the redacted text as the moderator left it. A story told twice (the
 * same message delivered again) is stored once.
 */
@Service
public class StoryStore {

    private final MongoCollection<Document> stories;
    private final Durability durability;
    private final Clock clock;
    private volatile boolean indexed;

    StoryStore(MongoDatabase database, Durability durability, Clock clock) {
        this.stories = database.getCollection("stories");
        this.durability = durability;
        this.clock = clock;
    }

    /** What a teller gives: original texts, where and how they went, and their consent. */
    public record Told(
            String sourceKey,
            String pseudonym,
            String language,
            String country,
            String route,
            String text,
            String advice,
            boolean publish) {}

    /** Stores {@code told} (once per source key); returns the story's id. */
    public String save(Told told) {
        ensureIndexes();
        ObjectId id = new ObjectId();
        String original =
                told.advice() == null || told.advice().isBlank()
                        ? told.text()
                        : told.text() + "\n\n" + told.advice();
        Document doc =
                new Document("_id", id)
                        .append("sourceKey", told.sourceKey())
                        .append("pseudonym", told.pseudonym())
                        .append("language", told.language())
                        .append("country", told.country())
                        .append("route", told.route())
                        .append("original", original)
                        .append("text", Redactor.redact(told.text()))
                        .append("advice", Redactor.redact(blankToNull(told.advice())))
                        .append(
                                "status",
                                (told.publish() ? Story.Status.PENDING : Story.Status.PRIVATE)
                                        .name())
                        .append("createdAt", Date.from(clock.instant()));
        try {
            stories.insertOne(doc);
        } catch (MongoWriteException e) {
            // Told before (the unique source key): the first story stands.
            Document first = stories.find(eq("sourceKey", told.sourceKey())).first();
            if (first == null) {
                throw e;
            }
            return first.getObjectId("_id").toHexString();
        }
        durability.flush();
        return id.toHexString();
    }

    public Optional<Story> find(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(stories.find(eq("_id", new ObjectId(id))).first())
                .map(StoryStore::story);
    }

    /**
     * The stories {@code pseudonym} told that no moderator has decided yet (waiting, or staff
     * only), newest first. Once a moderator decides, the link to the teller is erased, so a
     * published story is nobody's here.
     */
    public List<Story> toldBy(String pseudonym, int limit) {
        return stories.find(
                        and(
                                eq("pseudonym", pseudonym),
                                in(
                                        "status",
                                        Story.Status.PENDING.name(),
                                        Story.Status.PRIVATE.name())))
                .sort(Sorts.descending("createdAt"))
                .limit(limit)
                .map(StoryStore::story)
                .into(new ArrayList<>());
    }

    /**
     * The teller withdraws consent to show her waiting story: it becomes staff only (and is deleted
     * with the other staff-only stories). False when it is not hers or not waiting.
     */
    public boolean withdraw(String id, String pseudonym) {
        return ObjectId.isValid(id)
                && flushedIfOne(
                        stories.updateOne(
                                        hers(id, pseudonym, Story.Status.PENDING),
                                        Updates.combine(
                                                Updates.set("status", Story.Status.PRIVATE.name()),
                                                Updates.set(
                                                        "withdrawnAt", Date.from(clock.instant()))))
                                .getModifiedCount());
    }

    /** The teller deletes her undecided story. False when it is not hers or already decided. */
    public boolean erase(String id, String pseudonym) {
        return ObjectId.isValid(id)
                && flushedIfOne(
                        stories.deleteOne(
                                        hers(
                                                id,
                                                pseudonym,
                                                Story.Status.PENDING,
                                                Story.Status.PRIVATE))
                                .getDeletedCount());
    }

    /** Her story {@code id} (told under {@code pseudonym}) while in one of {@code statuses}. */
    private static Bson hers(String id, String pseudonym, Story.Status... statuses) {
        return and(
                eq("_id", new ObjectId(id)),
                eq("pseudonym", pseudonym),
                in("status", Arrays.stream(statuses).map(Enum::name).toList()));
    }

    /** Whether exactly one story was changed; if so, the change is made durable first. */
    private boolean flushedIfOne(long changed) {
        if (changed == 1) {
            durability.flush();
        }
        return changed == 1;
    }

    /** Stories waiting for a moderator, oldest first. */
    public List<Story> pending() {
        return stories.find(eq("status", Story.Status.PENDING.name()))
                .sort(Sorts.ascending("createdAt"))
                .map(StoryStore::story)
                .into(new ArrayList<>());
    }

    /** Deletes staff-only stories told before {@code cutoff}; returns how many. */
    long deletePrivateBefore(Instant cutoff) {
        long deleted =
                stories.deleteMany(
                                and(
                                        eq("status", Story.Status.PRIVATE.name()),
                                        lt("createdAt", Date.from(cutoff))))
                        .getDeletedCount();
        if (deleted > 0) {
            durability.flush();
        }
        return deleted;
    }

    /** Stories told only for the task force (no consent to publish), newest first. */
    public List<Story> privateStories(int limit) {
        return stories.find(eq("status", Story.Status.PRIVATE.name()))
                .sort(Sorts.descending("createdAt"))
                .limit(limit)
                .map(StoryStore::story)
                .into(new ArrayList<>());
    }

    /** The {@code index}-th published story, newest first, and how many there are. */
    public Optional<Story> published(int index) {
        List<Story> page =
                stories.find(eq("status", Story.Status.PUBLISHED.name()))
                        .sort(Sorts.descending("moderatedAt"))
                        .skip(Math.max(0, index))
                        .limit(1)
                        .map(StoryStore::story)
                        .into(new ArrayList<>());
        return page.stream().findFirst();
    }

    public long publishedCount() {
        return stories.countDocuments(eq("status", Story.Status.PUBLISHED.name()));
    }

    /**
     * A moderator's decision on a PENDING story: publish it with {@code text} and {@code advice} as
     * edited, or reject it. Either way the original words are erased. Returns false when the story
     * is not pending (decided already, or private).
     */
    public boolean moderate(
            String id, boolean publish, String text, String advice, String moderator) {
        if (!ObjectId.isValid(id)) {
            return false;
        }
        long changed =
                stories.updateOne(
                                and(
                                        eq("_id", new ObjectId(id)),
                                        eq("status", Story.Status.PENDING.name())),
                                Updates.combine(
                                        Updates.set(
                                                "status",
                                                (publish
                                                                ? Story.Status.PUBLISHED
                                                                : Story.Status.REJECTED)
                                                        .name()),
                                        Updates.set("text", Redactor.redact(text)),
                                        Updates.set("advice", Redactor.redact(blankToNull(advice))),
                                        Updates.unset("original"),
                                        Updates.unset("pseudonym"),
                                        Updates.set("moderatedBy", moderator),
                                        Updates.set("moderatedAt", Date.from(clock.instant()))))
                        .getModifiedCount();
        if (changed == 1) {
            durability.flush();
        }
        return changed == 1;
    }

    private void ensureIndexes() {
        if (!indexed) {
            stories.createIndex(Indexes.ascending("sourceKey"), new IndexOptions().unique(true));
            indexed = true;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Story story(Document d) {
        Date created = d.getDate("createdAt");
        return new Story(
                d.getObjectId("_id").toHexString(),
                d.getString("language"),
                d.getString("country"),
                d.getString("route"),
                d.getString("text"),
                d.getString("advice"),
                d.getString("original"),
                Story.Status.valueOf(d.getString("status")),
                created == null ? null : created.toInstant());
    }
}
