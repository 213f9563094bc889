package id.migrasiaman.reports.outbox;

import id.migrasiaman.reports.EvidenceRef;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.queue.DraftCodec;
import id.migrasiaman.reports.queue.ReportDocuments;
import id.migrasiaman.store.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The durable local outbox: reports, and follow-ups to reports, that could not reach MongoDB, as an
 * append-only JSON-lines file ({@code <data-dir>/outbox/reports.jsonl}). Each line is on disk
 * ({@code force}) before the reporter hears "received". Delivered entries get a {@code done} line;
 * compaction rewrites the file with what is still pending.
 */
@Component
public class Outbox {

    private static final JsonWriterSettings JSON =
            JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final Path file;
    private final Path failed;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Entry> pending = new LinkedHashMap<>();
    private final LinkedHashMap<String, FollowUp> followUps = new LinkedHashMap<>();
    private int doneSinceCompaction;

    @Autowired
    Outbox(StoreSettings settings) {
        this(settings.dataDir().resolve("outbox"));
    }

    public Outbox(Path directory) {
        this.file = directory.resolve("reports.jsonl");
        this.failed = directory.resolve("reports.failed.jsonl");
        OutboxFiles.load(file).forEach(this::replay);
    }

    /** A report waiting for MongoDB under the code its reporter was given. */
    public record Entry(String code, Instant createdAt, ReportDraft draft) {}

    /**
     * More text for report {@code code} (submitted earlier, maybe still in this outbox), waiting
     * for MongoDB; {@code sourceKey} makes it count once. Evidence files are not queued: they need
     * MongoDB's GridFS, so their references are already stored ones.
     */
    public record FollowUp(
            String code,
            String pseudonym,
            String text,
            List<EvidenceRef> evidence,
            String sourceKey,
            Instant at) {

        public FollowUp {
            evidence = List.copyOf(evidence);
        }
    }

    /** Appends {@code followUp} (once per source key) and forces it to disk. */
    public void append(FollowUp followUp) {
        withLock(
                () -> {
                    if (!followUps.containsKey(followUp.sourceKey())) {
                        OutboxFiles.append(file, followUpLine(followUp));
                        followUps.put(followUp.sourceKey(), followUp);
                    }
                });
    }

    /** The follow-ups not yet delivered, oldest first. */
    List<FollowUp> pendingFollowUps() {
        lock.lock();
        try {
            return new ArrayList<>(followUps.values());
        } finally {
            lock.unlock();
        }
    }

    /** Sets {@code followUp} aside in the failed file (MongoDB rejected it) and removes it. */
    void setAside(FollowUp followUp, String reason) {
        withLock(
                () ->
                        OutboxFiles.append(
                                failed,
                                Document.parse(followUpLine(followUp))
                                        .append("reason", reason)
                                        .toJson(JSON)));
        followUpDelivered(followUp.sourceKey());
    }

    /** Records that the follow-up {@code sourceKey} is in MongoDB (or was set aside). */
    void followUpDelivered(String sourceKey) {
        withLock(
                () -> {
                    OutboxFiles.append(
                            file,
                            new Document("type", "done-follow-up")
                                    .append("key", sourceKey)
                                    .toJson(JSON));
                    followUps.remove(sourceKey);
                    doneSinceCompaction++;
                });
    }

    /** Appends {@code entry} and forces it to disk. */
    public void append(Entry entry) {
        String line = reportLine(entry);
        withLock(
                () -> {
                    OutboxFiles.append(file, line);
                    pending.put(entry.code(), entry);
                });
    }

    /** Records that {@code code} is in MongoDB. */
    void delivered(String code) {
        withLock(
                () -> {
                    OutboxFiles.append(
                            file, new Document("type", "done").append("code", code).toJson(JSON));
                    pending.remove(code);
                    doneSinceCompaction++;
                });
    }

    /** Sets {@code entry} aside in the failed file (MongoDB rejected it) and removes it. */
    void setAside(Entry entry, String reason) {
        withLock(
                () -> {
                    OutboxFiles.append(
                            failed,
                            new Document("code", entry.code())
                                    .append("reason", reason)
                                    .append("draft", DraftCodec.toDocument(entry.draft()))
                                    .toJson(JSON));
                });
        delivered(entry.code());
    }

    /** The entries not yet delivered, oldest first. */
    public List<Entry> pending() {
        lock.lock();
        try {
            return new ArrayList<>(pending.values());
        } finally {
            lock.unlock();
        }
    }

    public Optional<Entry> pendingFor(String sourceKey) {
        return pending().stream().filter(e -> e.draft().sourceKey().equals(sourceKey)).findFirst();
    }

    public Optional<Entry> pending(String code) {
        return pending().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** Rewrites the file with the pending entries only (atomically), or deletes it if none. */
    void compact() {
        withLock(
                () -> {
                    if (doneSinceCompaction == 0) {
                        return;
                    }
                    if (pending.isEmpty() && followUps.isEmpty()) {
                        Files.deleteIfExists(file);
                    } else {
                        Path next = file.resolveSibling(file.getFileName() + ".next");
                        Files.deleteIfExists(next);
                        for (Entry entry : pending.values()) {
                            OutboxFiles.append(next, reportLine(entry));
                        }
                        for (FollowUp followUp : followUps.values()) {
                            OutboxFiles.append(next, followUpLine(followUp));
                        }
                        Files.move(
                                next,
                                file,
                                StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    OutboxFiles.syncDirectory(file.getParent());
                    doneSinceCompaction = 0;
                });
    }

    /** Whether the outbox file exists (tests). */
    boolean fileExists() {
        return Files.exists(file);
    }

    private static String reportLine(Entry entry) {
        return new Document("type", "report")
                .append("code", entry.code())
                .append("createdAt", Date.from(entry.createdAt()))
                .append("draft", DraftCodec.toDocument(entry.draft()))
                .toJson(JSON);
    }

    private static String followUpLine(FollowUp f) {
        return new Document("type", "follow-up")
                .append("code", f.code())
                .append("pseudonym", f.pseudonym())
                .append("text", f.text())
                .append("evidence", f.evidence().stream().map(DraftCodec::evidence).toList())
                .append("key", f.sourceKey())
                .append("at", Date.from(f.at()))
                .toJson(JSON);
    }

    private void replay(Document line) {
        String code = line.getString("code");
        String type = line.getString("type");
        if ("follow-up".equals(type)) {
            followUps.putIfAbsent(
                    line.getString("key"),
                    new FollowUp(
                            code,
                            line.getString("pseudonym"),
                            line.getString("text"),
                            line.getList("evidence", Document.class, List.of()).stream()
                                    .map(ReportDocuments::evidenceRef)
                                    .toList(),
                            line.getString("key"),
                            line.getDate("at").toInstant()));
        } else if ("done-follow-up".equals(type)) {
            followUps.remove(line.getString("key"));
            doneSinceCompaction++;
        } else if ("done".equals(type)) {
            pending.remove(code);
            doneSinceCompaction++;
        } else if (!pending.containsKey(code)) {
            Entry entry =
                    new Entry(
                            code,
                            line.getDate("createdAt").toInstant(),
                            DraftCodec.fromDocument(line.get("draft", Document.class)));
            pending.put(code, entry);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void withLock(IoAction action) {
        lock.lock();
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("outbox " + file, e);
        } finally {
            lock.unlock();
        }
    }
}
