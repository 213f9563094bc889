package id.migrasiaman.reports.queue;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The indexes of the report collections. Created at start; if MongoDB is away then, the first write
 * after it returns creates them, since the unique ones guard codes and source keys.
 */
@Component
public class ReportIndexes {

    private static final Logger log = LoggerFactory.getLogger(ReportIndexes.class);

    private final MongoDatabase database;
    private volatile boolean ready;

    public ReportIndexes(MongoDatabase database) {
        this.database = database;
        try {
            ensure();
        } catch (MongoException e) {
            log.warn(
                    "Report indexes not created yet ({}): will retry",
                    e.getClass().getSimpleName());
        }
    }

    /** Creates the indexes unless done already; throws if MongoDB cannot be reached. */
    void ensure() {
        if (ready) {
            return;
        }
        var reports = database.getCollection("reports");
        reports.createIndex(
                Indexes.ascending(ReportDocuments.CODE), new IndexOptions().unique(true));
        reports.createIndex(
                Indexes.ascending(ReportDocuments.SOURCE_KEY), new IndexOptions().unique(true));
        reports.createIndex(
                Indexes.ascending(
                        ReportDocuments.STATUS, ReportDocuments.RANK, ReportDocuments.CREATED_AT));
        reports.createIndex(Indexes.ascending(ReportDocuments.BROKER_ID));
        reports.createIndex(Indexes.ascending(ReportDocuments.CLOSED_AT));
        database.getCollection("brokers").createIndex(Indexes.ascending("kecamatan"));
        database.getCollection("brokers").createIndex(Indexes.ascending("phones"));
        database.getCollection("evidence_keys").createIndex(Indexes.ascending("fileId"));
        database.getCollection("evidence.files").createIndex(Indexes.ascending("metadata.sha256"));
        // broker_phones and report_contacts are keyed by _id (phone, code): unique already.
        ready = true;
    }
}
