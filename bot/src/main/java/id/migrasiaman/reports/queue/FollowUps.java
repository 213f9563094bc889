package id.migrasiaman.reports.queue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.AppendResult;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.store.Durability;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * More information for a report already submitted, from anyone who has its code. One conditional
 * update adds the text, the evidence, the source key and the audit entry, so a follow-up delivered
 * twice is added once.
 */
@Component
public class FollowUps {

    private final MongoCollection<Document> reports;
    private final Durability durability;
    private final Clock clock;

    public FollowUps(MongoDatabase database, Durability durability, Clock clock) {
        this.reports = database.getCollection("reports");
        this.durability = durability;
        this.clock = clock;
    }

    public AppendResult append(
            String code,
            String pseudonym,
            String text,
            List<EvidenceRef> evidence,
            String sourceKey) {
        Instant now = clock.instant();
        List<Bson> updates = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            updates.add(
                    Updates.pushEach(
                            ReportDocuments.MESSAGES,
                            ReportDocuments.messages(List.of(text), pseudonym, now)));
        }
        if (evidence != null && !evidence.isEmpty()) {
            updates.add(
                    Updates.pushEach(
                            ReportDocuments.EVIDENCE,
                            ReportDocuments.evidence(evidence, pseudonym, now)));
        }
        updates.add(Updates.push(ReportDocuments.APPEND_KEYS, sourceKey));
        updates.add(
                Updates.push(
                        ReportDocuments.AUDIT,
                        ReportDocuments.audit(now, pseudonym, "append", null, null)));
        updates.add(Updates.set(ReportDocuments.UPDATED_AT, Date.from(now)));
        updates.add(Updates.set(ReportDocuments.NEW_INFO, true));
        long changed =
                reports.updateOne(
                                and(
                                        eq(ReportDocuments.CODE, code),
                                        ne(ReportDocuments.APPEND_KEYS, sourceKey),
                                        ne(ReportDocuments.PURGED, true)),
                                Updates.combine(updates))
                        .getModifiedCount();
        if (changed == 1) {
            durability.flush();
            return new AppendResult(code, AppendResult.Outcome.APPENDED);
        }
        boolean exists =
                reports.find(and(eq(ReportDocuments.CODE, code), ne(ReportDocuments.PURGED, true)))
                                .first()
                        != null;
        return new AppendResult(
                code,
                exists ? AppendResult.Outcome.ALREADY_APPENDED : AppendResult.Outcome.UNKNOWN_CODE);
    }
}
