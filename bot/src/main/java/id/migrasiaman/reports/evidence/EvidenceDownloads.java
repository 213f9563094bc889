package id.migrasiaman.reports.evidence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import id.migrasiaman.conversation.Content;
import id.migrasiaman.reports.EvidenceFetcher;
import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.EvidenceStore;
import id.migrasiaman.reports.EvidenceTooLargeException;
import id.migrasiaman.reports.ReportSettings;
import id.migrasiaman.reports.queue.DraftCodec;
import id.migrasiaman.reports.queue.FollowUps;
import id.migrasiaman.reports.queue.MongoFailures;
import id.migrasiaman.reports.queue.ReportDocuments;
import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Evidence downloads out of the chat's way ({@code evidence_downloads}): a photo or document sent
 * during a report is answered "received, saving…" at once and fetched here, on two threads of its
 * own, into GridFS. A report submitted before its files are in gets them attached when they are
 * (once, by the download's key). Jobs are in MongoDB, so a restart or another instance picks up
 * what was not finished.
 */
@Component
public class EvidenceDownloads {

    private static final Logger log = LoggerFactory.getLogger(EvidenceDownloads.class);
    private static final int ATTEMPTS = 5;

    private final MongoCollection<Document> jobs;
    private final ObjectProvider<EvidenceFetcher> fetcher;
    private final EvidenceStore store;
    private final FollowUps followUps;
    private final Clock clock;
    private final long maxBytes;
    private final ExecutorService pool =
            Executors.newFixedThreadPool(
                    2,
                    r -> {
                        Thread t = new Thread(r, "evidence-download");
                        t.setDaemon(true);
                        return t;
                    });
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    EvidenceDownloads(
            MongoDatabase database,
            ObjectProvider<EvidenceFetcher> fetcher,
            EvidenceStore store,
            FollowUps followUps,
            Clock clock,
            ReportSettings settings) {
        this.jobs = database.getCollection("evidence_downloads");
        this.fetcher = fetcher;
        this.store = store;
        this.followUps = followUps;
        this.clock = clock;
        this.maxBytes = settings.evidenceMaxBytes().toBytes();
    }

    /** Queues the download of {@code media} under {@code key} (once) and starts it. */
    public void enqueue(String key, Content.Media media, String pseudonym) {
        try {
            jobs.insertOne(
                    new Document("_id", key)
                            .append("fileRef", media.fileRef())
                            .append("kind", media.kind().name())
                            .append("pseudonym", pseudonym)
                            .append("status", "PENDING")
                            .append("attempts", 0)
                            .append("notBefore", Date.from(clock.instant()))
                            .append("createdAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (!MongoFailures.duplicateKey(e)) {
                throw e;
            }
        }
        start(key);
    }

    /** The stored file of download {@code key}, once it is in. */
    public Optional<EvidenceRef> stored(String key) {
        Document job = jobs.find(eq("_id", key)).first();
        return job == null ? Optional.empty() : ref(job);
    }

    /** Attaches download {@code key} to report {@code code}: now if it is in, else when it is. */
    public void attachTo(String key, String code) {
        Document job =
                jobs.findOneAndUpdate(
                        eq("_id", key),
                        Updates.set("reportCode", code),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (job != null) {
            attach(job);
        }
    }

    /** Starts the downloads that are due (left by a restart, or waiting for a retry). */
    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT10S")
    void sweep() {
        jobs.find(and(eq("status", "PENDING"), lt("notBefore", Date.from(clock.instant()))))
                .limit(20)
                .forEach(job -> start(job.getString("_id")));
    }

    private void start(String key) {
        if (running.add(key)) {
            pool.execute(
                    () -> {
                        try {
                            download(key);
                        } finally {
                            running.remove(key);
                        }
                    });
        }
    }

    private void download(String key) {
        Document job = jobs.find(eq("_id", key)).first();
        EvidenceFetcher channel = fetcher.getIfAvailable();
        if (job == null || !"PENDING".equals(job.getString("status")) || channel == null) {
            return;
        }
        try {
            EvidenceFetcher.FetchedFile file =
                    channel.fetch(job.getString("fileRef")).orElseThrow();
            EvidenceRef ref;
            try (InputStream in = file.data()) {
                String kind = job.getString("kind");
                ref = store.store(key, kind, file.fileName(), contentType(kind), in, maxBytes);
            }
            Document done =
                    jobs.findOneAndUpdate(
                            eq("_id", key),
                            Updates.combine(
                                    Updates.set("status", "DONE"),
                                    Updates.set("evidence", DraftCodec.evidence(ref))),
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            attach(done);
        } catch (Exception e) {
            failed(job, e);
        }
    }

    private void failed(Document job, Exception e) {
        int attempts = job.getInteger("attempts", 0) + 1;
        boolean last = attempts >= ATTEMPTS || e instanceof EvidenceTooLargeException;
        jobs.updateOne(
                eq("_id", job.getString("_id")),
                Updates.combine(
                        Updates.set("attempts", attempts),
                        Updates.set("status", last ? "FAILED" : "PENDING"),
                        Updates.set(
                                "notBefore",
                                Date.from(
                                        clock.instant()
                                                .plus(Duration.ofSeconds(5L << attempts))))));
        log.warn(
                "Evidence download failed ({}), attempt {}{}",
                e.getClass().getSimpleName(),
                attempts,
                last ? "; given up" : "");
    }

    private void attach(Document job) {
        String code = job == null ? null : job.getString("reportCode");
        Optional<EvidenceRef> ref = job == null ? Optional.empty() : ref(job);
        if (code != null && ref.isPresent()) {
            followUps.append(
                    code,
                    job.getString("pseudonym"),
                    null,
                    List.of(ref.get()),
                    job.getString("_id"));
        }
    }

    private static Optional<EvidenceRef> ref(Document job) {
        Document evidence = job.get("evidence", Document.class);
        return "DONE".equals(job.getString("status")) && evidence != null
                ? Optional.of(ReportDocuments.evidenceRef(evidence))
                : Optional.empty();
    }

    static String contentType(String kind) {
        return switch (Content.MediaKind.valueOf(kind)) {
            case PHOTO -> "image/jpeg";
            case VOICE -> "audio/ogg";
            case VIDEO -> "video/mp4";
            case AUDIO -> "audio/mpeg";
            case DOCUMENT -> "application/octet-stream";
        };
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
