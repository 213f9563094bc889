package id.migrasiaman.reports;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.queue.ReportDocuments;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * When each report's staff alert was queued ({@code alertQueuedAt}) and when Telegram took it
 * ({@code alertSentAt}), so a sweep can send again what never went out and the console can say when
 * the staff chat is not being reached.
 */
@Component
public class AlertRecords {

    static final String QUEUED_AT = "alertQueuedAt";
    static final String SENT_AT = "alertSentAt";

    private final MongoCollection<Document> reports;
    private final Clock clock;

    AlertRecords(MongoDatabase database, Clock clock) {
        this.reports = database.getCollection("reports");
        this.clock = clock;
    }

    /** The alert of {@code code} is in the outbound queue. */
    public void queued(String code) {
        reports.updateOne(
                and(eq(ReportDocuments.CODE, code), eq(QUEUED_AT, null)),
                Updates.set(QUEUED_AT, Date.from(clock.instant())));
    }

    /** Telegram took the alert of {@code code}. */
    public void sent(String code) {
        reports.updateOne(
                and(eq(ReportDocuments.CODE, code), eq(SENT_AT, null)),
                Updates.set(SENT_AT, Date.from(clock.instant())));
    }

    /** URGENT reports older than {@code age} whose alert has not gone out (at most 50). */
    public List<ReportSubmitted> urgentWithoutAlert(Duration age) {
        List<ReportSubmitted> found = new ArrayList<>();
        reports.find(
                        and(
                                eq("priority", Priority.URGENT.name()),
                                eq(SENT_AT, null),
                                lt(
                                        ReportDocuments.CREATED_AT,
                                        Date.from(clock.instant().minus(age)))))
                .projection(Projections.include(ReportDocuments.CODE, "urgent"))
                .limit(50)
                .forEach(
                        d ->
                                found.add(
                                        new ReportSubmitted(
                                                d.getString(ReportDocuments.CODE),
                                                Priority.URGENT,
                                                d.getBoolean("urgent", false))));
        return found;
    }

    /** Alerts queued more than {@code age} ago that Telegram has still not taken. */
    public long notReached(Duration age) {
        return reports.countDocuments(
                and(lt(QUEUED_AT, Date.from(clock.instant().minus(age))), eq(SENT_AT, null)));
    }
}
