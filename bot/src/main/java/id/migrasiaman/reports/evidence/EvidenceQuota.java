package id.migrasiaman.reports.evidence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Counts stored evidence per person per day and per report in {@code evidence_usage}, and says
 * whether one more file fits. Files already stored (the same upload, or the same bytes) are not
 * counted again: they cost nothing.
 */
@Component
public class EvidenceQuota {

    /** Files and bytes used so far. */
    public record Usage(int files, long bytes) {

        public static final Usage NONE = new Usage(0, 0);
    }

    private final MongoCollection<Document> usage;
    private final Clock clock;
    private final EvidenceQuotaSettings settings;

    EvidenceQuota(MongoDatabase database, Clock clock, EvidenceQuotaSettings settings) {
        this.usage = database.getCollection("evidence_usage");
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Whether a file of {@code size} bytes fits: the person's quota for today, and the report's:
     * report {@code code}'s counter when it has a code, otherwise the draft's own {@code draft}.
     */
    public boolean allows(String person, String code, Usage draft, long size) {
        Usage today = usage(personKey(person));
        if (today.files() + 1 > settings.filesPerPersonDay()
                || today.bytes() + size > settings.bytesPerPersonDay().toBytes()) {
            return false;
        }
        Usage report = code == null ? draft : usage(reportKey(code));
        return report.files() + 1 <= settings.filesPerReport()
                && report.bytes() + size <= settings.bytesPerReport().toBytes();
    }

    /** Counts a newly stored file of {@code size} bytes. */
    public void record(String person, String code, long size) {
        increment(personKey(person), size);
        if (code != null) {
            increment(reportKey(code), size);
        }
    }

    /** Deletes the daily counters of days before yesterday (retention); returns how many. */
    public long forgetOldDays(Duration keep) {
        return usage.deleteMany(
                        and(regex("_id", "^p:"), lt("at", Date.from(clock.instant().minus(keep)))))
                .getDeletedCount();
    }

    private Usage usage(String key) {
        Document doc = usage.find(eq("_id", key)).first();
        return doc == null
                ? Usage.NONE
                : new Usage(
                        doc.get("files", Number.class).intValue(),
                        doc.get("bytes", Number.class).longValue());
    }

    private void increment(String key, long size) {
        usage.updateOne(
                eq("_id", key),
                Updates.combine(
                        Updates.inc("files", 1),
                        Updates.inc("bytes", size),
                        Updates.setOnInsert("at", Date.from(clock.instant()))),
                new UpdateOptions().upsert(true));
    }

    private String personKey(String person) {
        return "p:" + person + ":" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String reportKey(String code) {
        return "r:" + code;
    }
}
