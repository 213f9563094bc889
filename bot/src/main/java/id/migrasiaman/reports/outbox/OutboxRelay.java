package id.migrasiaman.reports.outbox;

import com.mongodb.MongoException;
import id.migrasiaman.reports.AppendResult;
import id.migrasiaman.reports.queue.FollowUps;
import id.migrasiaman.reports.queue.MongoFailures;
import id.migrasiaman.reports.queue.ReportWriter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox to MongoDB in order, every {@code migrasi.reports.outbox-relay-interval}.
 * Delivery is a repeatable {@link ReportWriter#store}: an entry delivered just before a crash, but
 * not yet marked done, is found by its source key the next time and counted once.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final ReportWriter writer;
    private final FollowUps followUps;

    public OutboxRelay(Outbox outbox, ReportWriter writer, FollowUps followUps) {
        this.outbox = outbox;
        this.writer = writer;
        this.followUps = followUps;
    }

    /**
     * Delivers what it can, reports first (a follow-up may be for one of them), and stops at the
     * first sign that MongoDB is away; returns how many reports and follow-ups it delivered.
     */
    @Scheduled(
            fixedDelayString = "${migrasi.reports.outbox-relay-interval:5s}",
            initialDelayString = "${migrasi.reports.outbox-relay-interval:5s}")
    synchronized int relay() {
        int reports = 0;
        List<Outbox.Entry> pending = outbox.pending();
        while (reports < pending.size() && deliver(pending.get(reports))) {
            reports++;
        }
        int followUps = 0;
        if (reports == pending.size()) {
            for (Outbox.FollowUp followUp : outbox.pendingFollowUps()) {
                if (!deliver(followUp)) {
                    break;
                }
                followUps++;
            }
        }
        outbox.compact();
        if (reports + followUps > 0) {
            log.info(
                    "Outbox: delivered {} report(s) and {} follow-up(s), {} waiting",
                    reports,
                    followUps,
                    outbox.pending().size() + outbox.pendingFollowUps().size());
        }
        return reports + followUps;
    }

    private boolean deliver(Outbox.FollowUp f) {
        try {
            AppendResult result =
                    followUps.append(
                            f.code(), f.pseudonym(), f.text(), f.evidence(), f.sourceKey());
            if (result.outcome() == AppendResult.Outcome.UNKNOWN_CODE) {
                log.warn("Outbox: follow-up for unknown report {} dropped", f.code());
            }
            outbox.followUpDelivered(f.sourceKey());
            return true;
        } catch (MongoException e) {
            if (MongoFailures.unavailable(e)) {
                return false;
            }
            log.error("Outbox: follow-up to {} rejected by MongoDB, set aside", f.code(), e);
            outbox.setAside(f, e.getClass().getSimpleName() + ": " + e.getMessage());
            return true;
        }
    }

    private boolean deliver(Outbox.Entry entry) {
        try {
            ReportWriter.Stored stored =
                    writer.store(entry.draft(), entry.code(), entry.createdAt());
            if (!stored.code().equals(entry.code())) {
                log.warn(
                        "Outbox report {} is stored as {} (code taken or submitted twice)",
                        entry.code(),
                        stored.code());
            }
            outbox.delivered(entry.code());
            return true;
        } catch (MongoException e) {
            if (MongoFailures.unavailable(e)) {
                log.debug("Outbox: MongoDB still away ({})", e.getClass().getSimpleName());
                return false;
            }
            // MongoDB answered but refused it: keep it aside so later reports are not held up.
            log.error("Outbox: report {} rejected by MongoDB, set aside", entry.code(), e);
            outbox.setAside(entry, e.getClass().getSimpleName() + ": " + e.getMessage());
            return true;
        }
    }
}
