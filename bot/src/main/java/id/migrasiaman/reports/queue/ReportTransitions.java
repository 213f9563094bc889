package id.migrasiaman.reports.queue;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.ClaimHeldException;
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
        return transition(code, to, staff, note, lease, false);
    }

    /**
     * Moves the report; unless {@code overrideClaim} (an administrator), a report that another
     * staff member holds with an unexpired lease is refused. The holder is part of the update's
     * filter, so a claim taken between the read and the write is honoured too.
     *
     * @throws ClaimHeldException if someone else holds the report
     */
    public Report transition(
            String code,
            Status to,
            String staff,
            String note,
            Duration lease,
            boolean overrideClaim) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document current = reports.find(eq(ReportDocuments.CODE, code)).first();
            if (current == null) {
                throw new UnknownReportException(code);
            }
            Status from = Status.valueOf(current.getString(ReportDocuments.STATUS));
            Instant now = clock.instant();
            String holder = heldBy(current, now);
            if (holder != null && !holder.equals(staff) && !overrideClaim) {
                throw new ClaimHeldException(code, holder);
            }
            if (!from.canMoveTo(to)) {
                throw new InvalidTransitionException(code, from, to);
            }
            Bson unchanged =
                    overrideClaim
                            ? eq(ReportDocuments.STATUS, from.name())
                            : and(
                                    eq(ReportDocuments.STATUS, from.name()),
                                    notHeldByOther(staff, now));
            Document changed =
                    reports.findOneAndUpdate(
                            and(eq(ReportDocuments.CODE, code), unchanged),
                            update(from, to, staff, note, lease, now),
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (changed != null) {
                durability.flush();
                return ReportDocuments.toReport(changed);
            }
        }
        throw new ConcurrentModificationException("report " + code + " keeps changing");
    }

    /** Who holds {@code report} at {@code now}: its assignee while the lease runs, else null. */
    private static String heldBy(Document report, Instant now) {
        Date until = report.getDate(ReportDocuments.LEASE_UNTIL);
        return until != null && until.toInstant().isAfter(now)
                ? report.getString(ReportDocuments.ASSIGNEE)
                : null;
    }

    private static Bson notHeldByOther(String staff, Instant now) {
        return or(
                exists(ReportDocuments.LEASE_UNTIL, false),
                lte(ReportDocuments.LEASE_UNTIL, Date.from(now)),
                eq(ReportDocuments.ASSIGNEE, staff));
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
