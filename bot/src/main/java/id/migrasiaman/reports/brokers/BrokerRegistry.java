package id.migrasiaman.reports.brokers;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.queue.MongoFailures;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The broker registry: {@code brokers} (aliases, phones, kecamatan, report codes) and {@code
 * broker_phones} (unique E.164 number → broker). Reports that share a phone number, or name a very
 * similar person in the same kecamatan, are linked to one broker.
 */
@Component
public class BrokerRegistry {

    private static final Logger log = LoggerFactory.getLogger(BrokerRegistry.class);

    private final MongoCollection<Document> brokers;
    private final MongoCollection<Document> phones;
    private final Clock clock;

    public BrokerRegistry(MongoDatabase database, Clock clock) {
        this.brokers = database.getCollection("brokers");
        this.phones = database.getCollection("broker_phones");
        this.clock = clock;
    }

    /** The broker a report is about and how many other reports named them before. */
    public record Match(String brokerId, int earlierReports) {
        static final Match NONE = new Match(null, 0);

        public boolean known() {
            return earlierReports > 0;
        }
    }

    /** Finds the broker {@code draft} is about: first by phone, then by name and kecamatan. */
    public Match match(ReportDraft draft, String code) {
        for (String phone : draft.phones()) {
            Document owner = phones.find(eq("_id", phone)).first();
            if (owner != null) {
                return matchOf(owner.getString("brokerId"), code);
            }
        }
        String name = BrokerNames.normalise(draft.who());
        if (name.isEmpty() || draft.kecamatan() == null) {
            return Match.NONE;
        }
        for (Document broker : brokers.find(eq("kecamatan", draft.kecamatan()))) {
            List<String> names = broker.getList("names", String.class, List.of());
            if (names.stream().anyMatch(n -> BrokerNames.similar(n, name))) {
                return matchOf(broker.getString("_id"), code);
            }
        }
        return Match.NONE;
    }

    /**
     * Adds report {@code code} to broker {@code brokerId}, or to a new broker when it is null. Safe
     * to repeat: a report is counted once per broker.
     *
     * @return the broker's id, or empty when the report names neither a phone nor a name
     */
    public Optional<String> link(String code, ReportDraft draft, String brokerId) {
        String name = BrokerNames.normalise(draft.who());
        if (draft.phones().isEmpty() && name.isEmpty()) {
            return Optional.empty();
        }
        String id = brokerId;
        if (id == null) {
            id = new ObjectId().toHexString();
            if (!draft.phones().isEmpty()) {
                // A concurrent report may have registered this number a moment ago: join it.
                id = claimPhone(draft.phones().get(0), id);
            }
        }
        addReport(id, code, draft, name);
        for (String phone : draft.phones()) {
            String owner = claimPhone(phone, id);
            if (!owner.equals(id)) {
                log.info("Phone of report {} already belongs to broker {}", code, owner);
            }
        }
        return Optional.of(id);
    }

    private void addReport(String id, String code, ReportDraft draft, String name) {
        List<Bson> updates = new ArrayList<>();
        addAll(updates, "phones", draft.phones());
        addAll(updates, "aliases", draft.who() == null ? List.of() : List.of(draft.who().strip()));
        addAll(updates, "names", name.isEmpty() ? List.of() : List.of(name));
        addAll(
                updates,
                "kecamatan",
                draft.kecamatan() == null ? List.of() : List.of(draft.kecamatan()));
        updates.add(Updates.inc("reportCount", 1));
        updates.add(Updates.push("reportCodes", code));
        updates.add(Updates.set("updatedAt", Date.from(clock.instant())));
        updates.add(Updates.setOnInsert("createdAt", Date.from(clock.instant())));
        try {
            brokers.updateOne(
                    and(eq("_id", id), ne("reportCodes", code)),
                    Updates.combine(updates),
                    new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            // The upsert collides with the broker itself when the report was linked before.
            if (!MongoFailures.duplicateKey(e)) {
                throw e;
            }
        }
    }

    private static void addAll(List<Bson> updates, String field, List<String> values) {
        if (!values.isEmpty()) {
            updates.add(Updates.addEachToSet(field, values));
        }
    }

    /** Registers {@code phone} for {@code brokerId} unless it is taken; returns its owner. */
    private String claimPhone(String phone, String brokerId) {
        try {
            phones.insertOne(
                    new Document("_id", phone)
                            .append("brokerId", brokerId)
                            .append("at", Date.from(clock.instant())));
            return brokerId;
        } catch (MongoException e) {
            if (!MongoFailures.duplicateKey(e)) {
                throw e;
            }
            Document owner = phones.find(eq("_id", phone)).first();
            return owner == null ? brokerId : owner.getString("brokerId");
        }
    }

    private Match matchOf(String brokerId, String code) {
        Document broker = brokers.find(eq("_id", brokerId)).first();
        if (broker == null) {
            return new Match(brokerId, 0);
        }
        List<String> codes = broker.getList("reportCodes", String.class, List.of());
        return new Match(brokerId, (int) codes.stream().filter(c -> !c.equals(code)).count());
    }

    /** A broker's record, for tests and the console later. */
    public Optional<Document> find(String brokerId) {
        return Optional.ofNullable(brokers.find(eq("_id", brokerId)).first());
    }
}
