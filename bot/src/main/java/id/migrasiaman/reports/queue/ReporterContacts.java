package id.migrasiaman.reports.queue;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import id.migrasiaman.reports.ReporterContact;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * {@code report_contacts}: reference code → how to reach the reporter. Kept apart from the report
 * so that reading the queue never shows who reported, and deleted by the retention job.
 */
@Component
public class ReporterContacts {

    private final MongoCollection<Document> contacts;

    public ReporterContacts(MongoDatabase database) {
        this.contacts = database.getCollection("report_contacts");
    }

    public void save(String code, ReporterContact contact) {
        contacts.replaceOne(
                eq("_id", code),
                new Document("_id", code)
                        .append("channel", contact.channel())
                        .append("address", contact.address()),
                new ReplaceOptions().upsert(true));
    }

    public Optional<ReporterContact> find(String code) {
        return Optional.ofNullable(contacts.find(eq("_id", code)).first())
                .map(d -> new ReporterContact(d.getString("channel"), d.getString("address")));
    }

    public void delete(String code) {
        contacts.deleteOne(eq("_id", code));
    }
}
