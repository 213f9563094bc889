package id.migrasiaman.reports.queue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.EvidenceStore;
import id.migrasiaman.reports.ReportSettings;
import id.migrasiaman.reports.Status;
import id.migrasiaman.store.Durability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the personal data of reports closed or dismissed more than {@code retentionDays} ago:
 * texts, broker identifiers, village and coordinates, the reporter's pseudonym and contact, the
 * evidence files and staff notes. What remains (code, status, priority, kecamatan, countries,
 * dates, counts) keeps the statistics true.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final List<String> PERSONAL =
            List.of(
                    "what",
                    "who",
                    "phones",
                    "socialMedia",
                    "village",
                    "latitude",
                    "longitude",
                    "when",
                    "route",
                    "entities",
                    "reporterPseudonym",
                    ReportDocuments.MESSAGES,
                    ReportDocuments.EVIDENCE,
                    ReportDocuments.APPEND_KEYS);

    private static final List<String> REPORTER_ACTIONS =
            List.of("submit", "append", "withdrawn", "consent-given", "consent-withdrawn");

    private final MongoCollection<Document> reports;
    private final EvidenceStore evidence;
    private final ReporterContacts contacts;
    private final Durability durability;
    private final Clock clock;
    private final Duration retention;

    public RetentionJob(
            MongoDatabase database,
            EvidenceStore evidence,
            ReporterContacts contacts,
            Durability durability,
            Clock clock,
            ReportSettings settings) {
        this.reports = database.getCollection("reports");
        this.evidence = evidence;
        this.contacts = contacts;
        this.durability = durability;
        this.clock = clock;
        this.retention = Duration.ofDays(settings.retentionDays());
    }

    /** Purges every report due; returns how many. Safe to repeat after a crash half-way. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    int purge() {
        Instant now = clock.instant();
        Bson due =
                and(
                        in(
                                ReportDocuments.STATUS,
                                Status.CLOSED_ACTION_TAKEN.name(),
                                Status.DISMISSED.name()),
                        lt(ReportDocuments.CLOSED_AT, Date.from(now.minus(retention))),
                        ne(ReportDocuments.PURGED, true));
        List<Document> batch = reports.find(due).into(new ArrayList<>());
        batch.forEach(report -> purge(report, now));
        if (!batch.isEmpty()) {
            durability.flush();
            log.info("Retention: purged personal data of {} report(s)", batch.size());
        }
        return batch.size();
    }

    private boolean listedElsewhere(String fileId, String code) {
        return reports.find(
                                Filters.and(
                                        Filters.eq(ReportDocuments.EVIDENCE + ".id", fileId),
                                        Filters.ne(ReportDocuments.CODE, code)))
                        .first()
                != null;
    }

    private void purge(Document report, Instant now) {
        String code = report.getString(ReportDocuments.CODE);
        List<Document> files = report.getList(ReportDocuments.EVIDENCE, Document.class, List.of());
        // The same bytes are stored once: keep a file that another report still lists.
        files.stream()
                .map(file -> file.getString("id"))
                .filter(id -> !listedElsewhere(id, code))
                .forEach(evidence::delete);
        contacts.delete(code);
        List<Bson> updates = new ArrayList<>();
        PERSONAL.forEach(field -> updates.add(Updates.unset(field)));
        updates.add(Updates.set(ReportDocuments.AUDIT, withoutNotes(report)));
        updates.add(
                Updates.set(
                        "messageCount",
                        report.getList(ReportDocuments.MESSAGES, Document.class, List.of())
                                .size()));
        updates.add(Updates.set("evidenceCount", files.size()));
        updates.add(Updates.set(ReportDocuments.PURGED, true));
        updates.add(Updates.set("purgedAt", Date.from(now)));
        reports.updateOne(eq(ReportDocuments.CODE, code), Updates.combine(updates));
    }

    /**
     * Staff notes may name the reporter or victims, and reporters appear by pseudonym: both go;
     * which staff member changed what, and when, stays.
     */
    private static List<Document> withoutNotes(Document report) {
        List<Document> audit = new ArrayList<>();
        for (Document entry : report.getList(ReportDocuments.AUDIT, Document.class, List.of())) {
            Document copy = new Document(entry);
            copy.remove("note");
            if (!REPORTER_ACTIONS.contains(copy.getString("action"))) {
                audit.add(copy);
                continue;
            }
            copy.remove("by");
            audit.add(copy);
        }
        return audit;
    }
}
