package id.migrasiaman.reports.queue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.Report;
import id.migrasiaman.reports.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Staff take reports from the queue with a lease. A claim is one conditional {@code
 * findOneAndUpdate} on the status (and expired lease) that was read, so of two staff members
 * claiming the same report exactly one gets it; the other moves on to the next.
 */
@Component
public class ReportClaims {

    private static final int ATTEMPTS = 10;

    private final MongoCollection<Document> reports;
    private final Clock clock;

    public ReportClaims(MongoDatabase database, Clock clock) {
        this.reports = database.getCollection("reports");
        this.clock = clock;
    }

    public Optional<Report> claimNext(String staff, Duration lease) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Document candidate =
                    reports.find(claimable(now))
                            .sort(Sorts.ascending(ReportDocuments.RANK, ReportDocuments.CREATED_AT))
                            .projection(
                                    Projections.include(
                                            ReportDocuments.CODE, ReportDocuments.STATUS))
                            .first();
            if (candidate == null) {
                return Optional.empty();
            }
            Optional<Report> claimed = tryClaim(candidate, staff, lease, now);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    public Optional<Report> claim(String code, String staff, Duration lease) {
        Document report = reports.find(eq(ReportDocuments.CODE, code)).first();
        if (report == null) {
            return Optional.empty();
        }
        return tryClaim(report, staff, lease, clock.instant());
    }

    private static Bson claimable(Instant now) {
        return or(
                eq(ReportDocuments.STATUS, Status.NEW.name()),
                and(
                        eq(ReportDocuments.STATUS, Status.IN_REVIEW.name()),
                        lt(ReportDocuments.LEASE_UNTIL, Date.from(now))));
    }

    /**
     * Claims the report if it is still as it was read: NEW, or IN_REVIEW with an expired lease (or
     * a lease the same staff member holds, which renews it).
     */
    private Optional<Report> tryClaim(Document read, String staff, Duration lease, Instant now) {
        Status from = Status.valueOf(read.getString(ReportDocuments.STATUS));
        Bson filter;
        if (from == Status.NEW) {
            filter = eq(ReportDocuments.STATUS, from.name());
        } else if (from == Status.IN_REVIEW) {
            filter =
                    and(
                            eq(ReportDocuments.STATUS, from.name()),
                            or(
                                    lt(ReportDocuments.LEASE_UNTIL, Date.from(now)),
                                    eq(ReportDocuments.ASSIGNEE, staff)));
        } else {
            return Optional.empty();
        }
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set(ReportDocuments.STATUS, Status.IN_REVIEW.name()));
        updates.add(Updates.set(ReportDocuments.ASSIGNEE, staff));
        updates.add(Updates.set(ReportDocuments.LEASE_UNTIL, Date.from(now.plus(lease))));
        updates.add(Updates.set(ReportDocuments.UPDATED_AT, Date.from(now)));
        if (from == Status.NEW) {
            updates.add(Updates.set(ReportDocuments.PUBLIC_UPDATED_AT, Date.from(now)));
        }
        updates.add(
                Updates.push(
                        ReportDocuments.AUDIT,
                        ReportDocuments.audit(now, staff, "claim", from, Status.IN_REVIEW)));
        Document claimed =
                reports.findOneAndUpdate(
                        and(eq(ReportDocuments.CODE, read.getString(ReportDocuments.CODE)), filter),
                        Updates.combine(updates),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(ReportDocuments::toReport);
    }
}
