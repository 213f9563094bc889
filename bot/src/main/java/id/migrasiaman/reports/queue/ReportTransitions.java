package id.migrasiaman.reports.queue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.InvalidTransitionException;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.Status;
import id.migrasiaman.reports.UnknownReportException;
import id.migrasiaman.store.Durability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Status changes by staff: checked against the workflow ({@link Status#canMoveTo}), applied only if
 * the status is still the one checked, and written to the audit trail in the same update.
 */
@Component
public class ReportTransitions {

    private static final int ATTEMPTS = 5;

    private final MongoCollection<Document> reports;
    private final Durability durability;
    private final Clock clock;

    public ReportTransitions(MongoDatabase database, Durability durability, Clock clock) {
        this.reports = database.getCollection("reports");
        this.durability = durability;
        this.clock = clock;
    }

    public Report transition(String code, Status to, String staff, String note, Duration lease) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document current = reports.find(eq(ReportDocuments.CODE, code)).first();
            if (current == null) {
                throw new UnknownReportException(code);
            }
            Status from = Status.valueOf(current.getString(ReportDocuments.STATUS));
            if (!from.canMoveTo(to)) {
                throw new InvalidTransitionException(code, from, to);
            }
            Document changed =
                    reports.findOneAndUpdate(
                            and(
                                    eq(ReportDocuments.CODE, code),
                                    eq(ReportDocuments.STATUS, from.name())),
                            update(from, to, staff, note, lease, clock.instant()),
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (changed != null) {
                durability.flush();
                return ReportDocuments.toReport(changed);
            }
        }
        throw new ConcurrentModificationException("report " + code + " keeps changing");
    }

    private static Bson update(
            Status from, Status to, String staff, String note, Duration lease, Instant now) {
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set(ReportDocuments.STATUS, to.name()));
        updates.add(Updates.set(ReportDocuments.UPDATED_AT, Date.from(now)));
        updates.add(Updates.set(ReportDocuments.PUBLIC_UPDATED_AT, Date.from(now)));
        if (to == Status.IN_REVIEW) {
            updates.add(Updates.set(ReportDocuments.ASSIGNEE, staff));
            updates.add(Updates.set(ReportDocuments.LEASE_UNTIL, Date.from(now.plus(lease))));
        } else {
            updates.add(Updates.unset(ReportDocuments.LEASE_UNTIL));
        }
        if (to.closed()) {
            updates.add(Updates.set(ReportDocuments.CLOSED_AT, Date.from(now)));
        }
        updates.add(
                Updates.push(
                        ReportDocuments.AUDIT,
                        ReportDocuments.audit(now, staff, "transition", from, to, note)));
        return Updates.combine(updates);
    }
}
