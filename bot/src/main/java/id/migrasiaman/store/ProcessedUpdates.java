package id.migrasiaman.store;

import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Ids of channel updates already handled ({@code processed_updates}, unique {@code _id}), so an
 * update delivered twice is handled once. Old ids are purged by a scheduled job because TTL indexes
 * do not expire on the embedded server.
 */
@Repository
public class ProcessedUpdates {

    private static final Logger log = LoggerFactory.getLogger(ProcessedUpdates.class);
    private static final Duration KEEP = Duration.ofDays(3);

    private final MongoCollection<Document> collection;
    private final Clock clock;

    ProcessedUpdates(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection("processed_updates");
        this.clock = clock;
    }

    /** Records {@code key}; returns false if it was recorded before (a duplicate delivery). */
    public boolean firstTime(String key) {
        try {
            collection.insertOne(new Document("_id", key).append("at", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        } catch (com.mongodb.MongoException e) {
            // Storage away: better to risk a repeated reply than to drop the message (reports are
            // idempotent by their own keys).
            log.warn(
                    "Could not record update id ({}); handling it anyway",
                    e.getClass().getSimpleName());
            return true;
        }
    }

    /** Forgets ids older than three days (Telegram keeps updates for at most 24 hours). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void purge() {
        long removed =
                collection
                        .deleteMany(lt("at", Date.from(clock.instant().minus(KEEP))))
                        .getDeletedCount();
        if (removed > 0) {
            log.info("Purged {} old processed-update ids", removed);
        }
    }
}
