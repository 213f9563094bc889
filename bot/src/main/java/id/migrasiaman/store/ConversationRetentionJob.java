package id.migrasiaman.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets what abandoned conversations hold: an unfinished flow (report draft, with names, phones
 * and evidence references) after {@code migrasi.retention.drafts-after}, a checked offer after
 * {@code offers-after}. The language choice stays. Each change bumps the state's version, so a
 * person writing at that moment is not overwritten by the job or the other way round.
 */
@Component
public class ConversationRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(ConversationRetentionJob.class);

    private final MongoCollection<Document> conversations;
    private final Consumer<String> evict;
    private final Clock clock;
    private final RetentionSettings settings;

    @Autowired
    ConversationRetentionJob(
            MongoDatabase database,
            MongoConversationStates states,
            Clock clock,
            RetentionSettings settings) {
        this(database, states::evict, clock, settings);
    }

    private ConversationRetentionJob(
            MongoDatabase database,
            Consumer<String> evict,
            Clock clock,
            RetentionSettings settings) {
        this.conversations = database.getCollection("conversations");
        this.evict = evict;
        this.clock = clock;
        this.settings = settings;
    }

    /** A job for a database with no state cache in front of it (tools, tests). */
    public static ConversationRetentionJob withoutCache(
            MongoDatabase database, Clock clock, RetentionSettings settings) {
        return new ConversationRetentionJob(database, id -> {}, clock, settings);
    }

    /** Deletes stale drafts and offers; returns how many conversations changed. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
    public int purge() {
        int drafts =
                apply(
                        ne("flow", null),
                        settings.draftsAfter().toMillis(),
                        Updates.combine(
                                Updates.set("flow", null),
                                Updates.set("step", null),
                                Updates.set("data", new Document()),
                                Updates.set("recall", null)));
        int offers =
                apply(
                        or(exists("data.offer", true), exists("recall.offer", true)),
                        settings.offersAfter().toMillis(),
                        Updates.combine(
                                Updates.unset("data.offer"), Updates.unset("recall.offer")));
        if (drafts + offers > 0) {
            log.info(
                    "Retention: deleted {} unfinished draft(s) and {} kept offer(s)",
                    drafts,
                    offers);
        }
        return drafts + offers;
    }

    private int apply(Bson what, long afterMillis, Bson change) {
        Date cutoff = Date.from(clock.instant().minusMillis(afterMillis));
        List<Document> stale = new ArrayList<>();
        conversations
                .find(and(what, lt("updatedAt", cutoff)))
                .projection(Projections.include("_id", "version"))
                .into(stale);
        int changed = 0;
        for (Document doc : stale) {
            Bson sameVersion = and(eq("_id", doc.get("_id")), eq("version", doc.get("version")));
            long matched =
                    conversations
                            .updateOne(
                                    sameVersion, Updates.combine(change, Updates.inc("version", 1)))
                            .getModifiedCount();
            evict.accept(doc.getString("_id"));
            changed += (int) matched;
        }
        return changed;
    }
}
