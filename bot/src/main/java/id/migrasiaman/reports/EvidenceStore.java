package id.migrasiaman.reports;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.MongoException;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Updates;
import id.migrasiaman.reports.queue.MongoFailures;
import id.migrasiaman.store.Durability;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Evidence files in the GridFS bucket {@code evidence}, hashed (SHA-256) and measured while they
 * stream in. A side collection {@code evidence_keys} maps each source key (e.g. a Telegram file id)
 * to its file, so the same upload delivered twice is stored once.
 */
@Service
public class EvidenceStore {

    public static final String BUCKET = "evidence";

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;
    private final MongoCollection<Document> keys;
    private final Durability durability;
    private final Clock clock;
    private final long defaultMaxBytes;

    EvidenceStore(
            MongoDatabase database, Durability durability, Clock clock, ReportSettings settings) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.files = database.getCollection(BUCKET + ".files");
        this.keys = database.getCollection("evidence_keys");
        this.durability = durability;
        this.clock = clock;
        this.defaultMaxBytes = settings.evidenceMaxBytes().toBytes();
    }

    /** Stores evidence up to the configured size limit ({@code migrasi.reports}). */
    public EvidenceRef store(
            String sourceKey, String kind, String fileName, String contentType, InputStream data) {
        return store(sourceKey, kind, fileName, contentType, data, defaultMaxBytes);
    }

    /**
     * Stores {@code data} unless {@code sourceKey} was stored before, in which case the first
     * file's reference is returned and {@code data} is not read.
     *
     * @throws EvidenceTooLargeException if {@code data} is longer than {@code maxBytes}; nothing is
     *     kept
     */
    public EvidenceRef store(
            String sourceKey,
            String kind,
            String fileName,
            String contentType,
            InputStream data,
            long maxBytes) {
        Optional<EvidenceRef> known = find(sourceKey);
        if (known.isPresent()) {
            return known.get();
        }
        Document metadata =
                new Document("sourceKey", sourceKey)
                        .append("kind", kind)
                        .append("contentType", contentType);
        GridFSUploadStream upload =
                bucket.openUploadStream(fileName, new GridFSUploadOptions().metadata(metadata));
        long size;
        MessageDigest sha256 = sha256();
        try {
            size = copy(data, upload, sha256, maxBytes);
            upload.close();
        } catch (RuntimeException | IOException e) {
            upload.abort();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        String id = upload.getObjectId().toHexString();
        String hash = HexFormat.of().formatHex(sha256.digest());
        Optional<EvidenceRef> sameBytes = withHash(hash, upload.getObjectId());
        if (sameBytes.isPresent()) {
            // The same bytes under another key (forwarded again, another chat): stored once.
            bucket.delete(upload.getObjectId());
            return remember(sourceKey, sameBytes.get());
        }
        EvidenceRef ref = new EvidenceRef(id, kind, hash, size, contentType);
        files.updateOne(eq("_id", upload.getObjectId()), Updates.set("metadata.sha256", hash));
        return remember(sourceKey, ref);
    }

    /** The file stored under {@code sourceKey} before, if any: storing it again costs nothing. */
    public Optional<EvidenceRef> known(String sourceKey) {
        return find(sourceKey);
    }

    private Optional<EvidenceRef> withHash(String hash, ObjectId except) {
        Document file = files.find(and(eq("metadata.sha256", hash), ne("_id", except))).first();
        if (file == null) {
            return Optional.empty();
        }
        Document meta = file.get("metadata", Document.class);
        return Optional.of(
                new EvidenceRef(
                        file.getObjectId("_id").toHexString(),
                        meta.getString("kind"),
                        hash,
                        file.get("length", Number.class).longValue(),
                        meta.getString("contentType")));
    }

    /** The content of evidence {@code id}, if it exists (and was not purged). */
    public Optional<InputStream> open(String id) {
        if (!ObjectId.isValid(id) || bucket.find(eq("_id", new ObjectId(id))).first() == null) {
            return Optional.empty();
        }
        return Optional.of(bucket.openDownloadStream(new ObjectId(id)));
    }

    /** Deletes the file and its key (retention). */
    public void delete(String id) {
        if (!ObjectId.isValid(id)) {
            return;
        }
        try {
            bucket.delete(new ObjectId(id));
        } catch (MongoGridFSException alreadyGone) {
            // Purging again after a crash half-way: nothing left to delete.
        }
        keys.deleteMany(eq("fileId", id));
    }

    private void deleteUnshared(String id) {
        if (keys.find(eq("fileId", id)).first() == null) {
            delete(id);
        }
    }

    private Optional<EvidenceRef> find(String sourceKey) {
        Document key = keys.find(eq("_id", sourceKey)).first();
        return Optional.ofNullable(key).map(EvidenceStore::toRef);
    }

    private EvidenceRef remember(String sourceKey, EvidenceRef ref) {
        try {
            keys.insertOne(
                    new Document("_id", sourceKey)
                            .append("fileId", ref.id())
                            .append("kind", ref.kind())
                            .append("sha256", ref.sha256())
                            .append("size", ref.size())
                            .append("contentType", ref.contentType())
                            .append("at", Date.from(clock.instant())));
            durability.flush();
            return ref;
        } catch (MongoException e) {
            if (!MongoFailures.duplicateKey(e)) {
                throw e;
            }
            // Stored concurrently under the same key: keep the first file only (unless the key
            // lost the race to a file that shares its bytes and so is the same file).
            Optional<EvidenceRef> first = find(sourceKey);
            if (first.isEmpty() || !first.get().id().equals(ref.id())) {
                deleteUnshared(ref.id());
            }
            return find(sourceKey).orElseThrow(() -> e);
        }
    }

    private static long copy(InputStream in, GridFSUploadStream out, MessageDigest md, long max)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            size += n;
            if (size > max) {
                throw new EvidenceTooLargeException(max);
            }
            md.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return size;
    }

    private static EvidenceRef toRef(Document key) {
        return new EvidenceRef(
                key.getString("fileId"),
                key.getString("kind"),
                key.getString("sha256"),
                key.get("size", Number.class).longValue(),
                key.getString("contentType"));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
