package id.migrasiaman.reports;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * The broker registry as the task force reads it: who was reported how often, under which names and
 * numbers, where, and in which reports. Catching a broker early means seeing the second report
 * about them.
 */
@Service
public class BrokerDirectory {

    private final MongoCollection<Document> brokers;

    BrokerDirectory(MongoDatabase database) {
        this.brokers = database.getCollection("brokers");
    }

    /** One broker: names as reported, E.164 phones, kecamatan, and the reports naming them. */
    public record Broker(
            String id,
            List<String> aliases,
            List<String> phones,
            List<String> kecamatan,
            int reportCount,
            List<String> reportCodes,
            Instant updatedAt) {}

    /** The most reported brokers first, then the most recently reported. */
    public List<Broker> mostReported(int limit) {
        return brokers.find()
                .sort(Sorts.orderBy(Sorts.descending("reportCount"), Sorts.descending("updatedAt")))
                .limit(limit)
                .map(BrokerDirectory::broker)
                .into(new ArrayList<>());
    }

    public Optional<Broker> find(String id) {
        return Optional.ofNullable(brokers.find(eq("_id", id)).first())
                .map(BrokerDirectory::broker);
    }

    private static Broker broker(Document d) {
        Date updated = d.getDate("updatedAt");
        Number count = d.get("reportCount", Number.class);
        return new Broker(
                String.valueOf(d.get("_id")),
                d.getList("aliases", String.class, List.of()),
                d.getList("phones", String.class, List.of()),
                d.getList("kecamatan", String.class, List.of()),
                count == null ? 0 : count.intValue(),
                d.getList("reportCodes", String.class, List.of()),
                updated == null ? null : updated.toInstant());
    }
}
