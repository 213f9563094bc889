package id.migrasiaman.answers;

import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.store.RetentionSettings;
import id.migrasiaman.stories.Redactor;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Questions the bot could not answer, for content editors ({@code unanswered}): the text with phone
 * numbers and names taken out (the stories' {@link Redactor}), the detected language and when. No
 * user id or pseudonym is kept, and nothing after {@code migrasi.retention.unanswered-after}.
 */
@Repository
class UnansweredQuestions {

    private static final Logger log = LoggerFactory.getLogger(UnansweredQuestions.class);

    private static final int MAX_TEXT = 1000;

    private final MongoCollection<Document> collection;
    private final Clock clock;
    private final RetentionSettings retention;

    UnansweredQuestions(MongoDatabase database, Clock clock, RetentionSettings retention) {
        this.collection = database.getCollection("unanswered");
        this.clock = clock;
        this.retention = retention;
    }

    void keep(String text, String language, String intent) {
        String trimmed = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        collection.insertOne(
                new Document(
                                "text",
                                retention.redactUnanswered() ? Redactor.redact(trimmed) : trimmed)
                        .append("language", language)
                        .append("intent", intent)
                        .append("at", Date.from(clock.instant()))
                        .append("status", "NEW"));
    }

    /** Deletes questions older than the retention period; returns how many. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT20M")
    long purge() {
        long deleted =
                collection
                        .deleteMany(
                                lt(
                                        "at",
                                        Date.from(
                                                clock.instant()
                                                        .minus(retention.unansweredAfter()))))
                        .getDeletedCount();
        if (deleted > 0) {
            log.info("Retention: deleted {} unanswered question(s)", deleted);
        }
        return deleted;
    }
}
