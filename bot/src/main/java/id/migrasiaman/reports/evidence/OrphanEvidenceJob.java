package id.migrasiaman.reports.evidence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.reports.EvidenceStore;
import id.migrasiaman.reports.ReportSettings;
import id.migrasiaman.reports.queue.ReportDocuments;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes evidence files that nothing refers to: photos sent during a report that was then
 * cancelled or abandoned. A file is kept while a stored report lists it or an unfinished report (a
 * conversation state's {@code evidence} value) carries its id, and in any case for {@code
 * migrasi.reports.orphan-evidence-after} after upload, so a report waiting in the local outbox
 * while MongoDB is away never loses its files.
 */
@Component
public class OrphanEvidenceJob {

    private static final Logger log = LoggerFactory.getLogger(OrphanEvidenceJob.class);

    /**
     * Where a stored conversation keeps an unfinished report's evidence: the report as the active
     * flow, as the flow an emergency interrupted, or as the flow a Satgas answer returns to; and
     * {@code data.evidence} in documents stored before the flows were typed.
     */
    static final List<String> DRAFT_EVIDENCE =
            List.of(
                    "flow.evidence",
                    "flow.interrupted.evidence",
                    "flow.returnTo.evidence",
                    "flow.returnTo.interrupted.evidence",
                    "data.evidence");

    private final MongoCollection<Document> files;
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> conversations;
    private final EvidenceStore evidence;
    private final Clock clock;
    private final Duration after;

    public OrphanEvidenceJob(
            MongoDatabase database, EvidenceStore evidence, Clock clock, ReportSettings settings) {
        this.files = database.getCollection(EvidenceStore.BUCKET + ".files");
        this.reports = database.getCollection("reports");
        this.conversations = database.getCollection("conversations");
        this.evidence = evidence;
        this.clock = clock;
        this.after = settings.orphanEvidenceAfter();
    }

    /** Deletes every orphan older than the grace period; returns how many. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT15M")
    public int purge() {
        Date cutoff = Date.from(clock.instant().minus(after));
        List<String> orphans = new ArrayList<>();
        for (Document file : files.find(lt("uploadDate", cutoff))) {
            String id = file.getObjectId("_id").toHexString();
            if (!referenced(id)) {
                orphans.add(id);
            }
        }
        orphans.forEach(evidence::delete);
        if (!orphans.isEmpty()) {
            log.info("Evidence: deleted {} file(s) that no report refers to", orphans.size());
        }
        return orphans.size();
    }

    private static List<Bson> draftsWith(String id) {
        Pattern quoted = Pattern.compile(Pattern.quote(id));
        return DRAFT_EVIDENCE.stream().map(path -> regex(path, quoted)).toList();
    }

    private boolean referenced(String id) {
        return reports.find(eq(ReportDocuments.EVIDENCE + ".id", id)).first() != null
                || conversations.find(or(draftsWith(id))).first() != null
                || !ObjectId.isValid(id);
    }
}
