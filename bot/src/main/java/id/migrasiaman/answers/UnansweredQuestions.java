package id.migrasiaman.answers;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Questions the bot could not answer, for content editors ({@code unanswered}): the text, the
 * detected language and when. No user id or pseudonym is kept.
 */
@Repository
class UnansweredQuestions {

    private static final int MAX_TEXT = 1000;

    private final MongoCollection<Document> collection;
    private final Clock clock;

    UnansweredQuestions(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection("unanswered");
        this.clock = clock;
    }

    void keep(String text, String language, String intent) {
        String trimmed = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        collection.insertOne(
                new Document("text", trimmed)
                        .append("language", language)
                        .append("intent", intent)
                        .append("at", Date.from(clock.instant()))
                        .append("status", "NEW"));
    }
}
