package id.migrasiaman.reports;

import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.reports.queue.ReportDocuments;
import id.migrasiaman.system.Wita;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * Anonymous counts for the task force's dashboard: reports by status, priority, kecamatan,
 * destination country and month received. Uses only fields that survive the retention purge, so the
 * figures stay true after personal data is gone.
 */
@Service
public class ReportStatistics {

    /** Months are counted in the regency's time zone (WITA). */
    static final ZoneId ZONE = Wita.ZONE;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final MongoCollection<Document> reports;

    ReportStatistics(MongoDatabase database) {
        this.reports = database.getCollection("reports");
    }

    /** The counts; each map is sorted by key. */
    public record Counts(
            long total,
            Map<String, Long> byStatus,
            Map<String, Long> byPriority,
            Map<String, Long> byKecamatan,
            Map<String, Long> byDestination,
            Map<String, Long> byMonth) {}

    public Counts counts() {
        Map<String, Long> status = new TreeMap<>();
        Map<String, Long> priority = new TreeMap<>();
        Map<String, Long> kecamatan = new TreeMap<>();
        Map<String, Long> destination = new TreeMap<>();
        Map<String, Long> month = new TreeMap<>();
        long total = 0;
        for (Document r :
                reports.find()
                        .projection(
                                include(
                                        ReportDocuments.STATUS,
                                        "priority",
                                        "kecamatan",
                                        "destinations",
                                        ReportDocuments.CREATED_AT))) {
            total++;
            count(status, r.getString(ReportDocuments.STATUS));
            count(priority, r.getString("priority"));
            count(kecamatan, r.getString("kecamatan"));
            for (String country : r.getList("destinations", String.class, List.of())) {
                count(destination, country);
            }
            if (r.getDate(ReportDocuments.CREATED_AT) != null) {
                count(
                        month,
                        MONTH.format(
                                r.getDate(ReportDocuments.CREATED_AT).toInstant().atZone(ZONE)));
            }
        }
        return new Counts(total, status, priority, kecamatan, destination, month);
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key == null || key.isBlank() ? "—" : key, 1L, Long::sum);
    }
}
