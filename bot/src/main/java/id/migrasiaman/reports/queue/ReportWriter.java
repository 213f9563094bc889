package id.migrasiaman.reports.queue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.Priority;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportSubmitted;
import id.migrasiaman.reports.brokers.BrokerRegistry;
import id.migrasiaman.reports.brokers.Phones;
import id.migrasiaman.store.Durability;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a report into MongoDB, for a direct submit and for the outbox relay alike. Every step can
 * be repeated: the report is keyed by its source key, the follow-ups (broker link, contact, event)
 * run until the report is marked {@code linkedAt}, so a write cut short by an outage is completed
 * when it is repeated and never doubled.
 */
@Component
public class ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);
    private static final int CODE_ATTEMPTS = 5;

    private final MongoCollection<Document> reports;
    private final ReportIndexes indexes;
    private final BrokerRegistry brokers;
    private final ReporterContacts contacts;
    private final ReferenceCodes codes;
    private final Durability durability;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ReportWriter(
            MongoDatabase database,
            ReportIndexes indexes,
            BrokerRegistry brokers,
            ReporterContacts contacts,
            Durability durability,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = database.getCollection("reports");
        this.indexes = indexes;
        this.brokers = brokers;
        this.contacts = contacts;
        this.codes = new ReferenceCodes();
        this.durability = durability;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome: the report's code and whether this call created it. */
    public record Stored(String code, boolean created) {}

    /** A fresh reference code (not yet checked against MongoDB). */
    public String newCode() {
        return codes.next();
    }

    /**
     * Stores {@code raw} under {@code code} unless its source key is stored already.
     *
     * @throws MongoException when MongoDB fails; repeating the call later is safe
     */
    public Stored store(ReportDraft raw, String code, Instant createdAt) {
        indexes.ensure();
        ReportDraft draft = raw.withPhones(Phones.normaliseAll(raw.phones()));
        Document existing = reports.find(eq(ReportDocuments.SOURCE_KEY, draft.sourceKey())).first();
        if (existing != null) {
            return complete(existing, draft, false, code);
        }
        BrokerRegistry.Match match = brokers.match(draft, code);
        Priority priority = Priority.of(draft, match.known());
        String candidate = code;
        for (int attempt = 1; ; attempt++) {
            Document report =
                    ReportDocuments.newReport(
                            draft, candidate, createdAt, priority, match.brokerId());
            try {
                reports.insertOne(report);
                return complete(report, draft, true, candidate);
            } catch (MongoException e) {
                if (!MongoFailures.duplicateKey(e)) {
                    throw e;
                }
                existing = reports.find(eq(ReportDocuments.SOURCE_KEY, draft.sourceKey())).first();
                if (existing != null) {
                    return complete(existing, draft, false, candidate);
                }
                if (attempt == CODE_ATTEMPTS) {
                    throw e;
                }
                log.warn("Reference code {} taken, drawing another", candidate);
                candidate = codes.next();
            }
        }
    }

    /**
     * Runs the follow-ups unless done. {@code requestedCode} equal to the stored code means an
     * earlier attempt of this very write (the outbox's) failed part-way: if that attempt had marked
     * the report but failed before publishing, the event is published now. A staff alert may so
     * come twice, but never not at all.
     */
    private Stored complete(
            Document report, ReportDraft draft, boolean created, String requestedCode) {
        String code = report.getString(ReportDocuments.CODE);
        if (report.get(ReportDocuments.LINKED_AT) != null) {
            if (code.equals(requestedCode)) {
                publish(report);
            }
        } else {
            linkBroker(code, draft, report.getString(ReportDocuments.BROKER_ID));
            if (draft.contact() != null) {
                contacts.save(code, draft.contact());
            }
            boolean first = markLinked(code);
            durability.flush();
            if (first) {
                publish(report);
            }
        }
        return new Stored(code, created);
    }

    /** Marks the follow-ups done; true only for the one call that did so. */
    private boolean markLinked(String code) {
        return reports.updateOne(
                                and(
                                        eq(ReportDocuments.CODE, code),
                                        eq(ReportDocuments.LINKED_AT, null)),
                                Updates.set(ReportDocuments.LINKED_AT, Date.from(clock.instant())))
                        .getModifiedCount()
                == 1;
    }

    private void linkBroker(String code, ReportDraft draft, String storedBrokerId) {
        String brokerId =
                storedBrokerId != null ? storedBrokerId : brokers.match(draft, code).brokerId();
        brokers.link(code, draft, brokerId)
                .filter(id -> !id.equals(storedBrokerId))
                .ifPresent(
                        id ->
                                reports.updateOne(
                                        eq(ReportDocuments.CODE, code),
                                        Updates.set(ReportDocuments.BROKER_ID, id)));
    }

    private void publish(Document report) {
        ReportSubmitted event =
                new ReportSubmitted(
                        report.getString(ReportDocuments.CODE),
                        Priority.valueOf(report.getString("priority")),
                        report.getBoolean("urgent", false));
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            // The report is stored: a failing listener (a staff alert) must not undo that.
            log.error("A listener of {} failed", event, e);
        }
    }
}
