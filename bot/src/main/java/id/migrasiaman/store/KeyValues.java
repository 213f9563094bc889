package id.migrasiaman.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Small named values the bot keeps across restarts (e.g. the Telegram polling offset). */
@Repository
public class KeyValues {

    private final MongoCollection<Document> collection;

    KeyValues(MongoDatabase database) {
        this.collection = database.getCollection("settings");
    }

    /** The stored number under {@code key}. */
    public Optional<Long> getLong(String key) {
        Document d = collection.find(eq("_id", key)).first();
        return d == null ? Optional.empty() : Optional.of(d.get("value", Number.class).longValue());
    }

    /** Stores {@code value} under {@code key}. */
    public void putLong(String key, long value) {
        collection.replaceOne(
                eq("_id", key),
                new Document("_id", key).append("value", value),
                new ReplaceOptions().upsert(true));
    }
}
