package id.migrasiaman.reports;

import com.mongodb.client.MongoDatabase;
import id.migrasiaman.reports.brokers.BrokerRegistry;
import id.migrasiaman.reports.outbox.Outbox;
import id.migrasiaman.reports.outbox.OutboxRelay;
import id.migrasiaman.reports.queue.FollowUps;
import id.migrasiaman.reports.queue.ReportClaims;
import id.migrasiaman.reports.queue.ReportIndexes;
import id.migrasiaman.reports.queue.ReportTransitions;
import id.migrasiaman.reports.queue.ReportWriter;
import id.migrasiaman.reports.queue.ReporterContacts;
import id.migrasiaman.reports.queue.RetentionJob;
import id.migrasiaman.store.Durability;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The report queue's parts wired by hand over a database, as Spring wires them. */
public final class ReportsFixture {

    public final MongoDatabase database;
    public final Outbox outbox;
    public final BrokerRegistry brokers;
    public final ReportWriter writer;
    public final ReportQueue queue;
    public final OutboxRelay relay;
    public final EvidenceStore evidence;
    public final RetentionJob retention;
    public final List<ReportSubmitted> events = new CopyOnWriteArrayList<>();

    public ReportsFixture(
            MongoDatabase database, Path dataDir, Durability durability, Clock clock) {
        this(database, dataDir, durability, clock, ReportSettings.defaults());
    }

    public ReportsFixture(
            MongoDatabase database,
            Path dataDir,
            Durability durability,
            Clock clock,
            ReportSettings settings) {
        this.database = database;
        this.outbox = new Outbox(dataDir.resolve("outbox"));
        this.brokers = new BrokerRegistry(database, clock);
        ReporterContacts contacts = new ReporterContacts(database);
        this.writer =
                new ReportWriter(
                        database,
                        new ReportIndexes(database),
                        brokers,
                        contacts,
                        durability,
                        event -> events.add((ReportSubmitted) event),
                        clock);
        FollowUps followUps = new FollowUps(database, durability, clock);
        this.queue =
                new ReportQueue(
                        database,
                        writer,
                        outbox,
                        new ReportClaims(database, clock),
                        new ReportTransitions(database, durability, clock),
                        followUps,
                        contacts,
                        clock,
                        settings);
        this.relay = new OutboxRelay(outbox, writer, followUps);
        this.evidence = new EvidenceStore(database, durability, clock, settings);
        this.retention =
                new RetentionJob(database, evidence, contacts, durability, clock, settings);
    }

    public long count(String field, Object value) {
        return database.getCollection("reports")
                .countDocuments(new org.bson.Document(field, value));
    }
}
