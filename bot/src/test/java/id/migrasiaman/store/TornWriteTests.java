package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file as a {@code kill -9} leaves it: copied right after a commit while other
 * clients go on writing. Every document on disk is in its {@code _id} index (a document the index
 * lost made the inbox relay fail for good after a kill in CI), and a file torn that way by an
 * earlier version is repaired when it is opened.
 */
class TornWriteTests {

    private static final String DATA = "databases.migrasi.lanes";
    private static final String ID_INDEX = "migrasi.lanes._index__id_";

    @TempDir Path dataDir;
    @TempDir Path copies;

    @Test
    void aCommitNeverCapturesHalfAnInsertOrDelete() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Path> snapshots = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (EmbeddedMongo server = EmbeddedMongo.onFile(dataDir);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> lanes = client.getDatabase("migrasi").getCollection("lanes");
            lanes.insertOne(new Document("_id", "warm-up"));
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                running.add(writers.submit(() -> churn(lanes, writing)));
            }
            for (int i = 0; i < 60; i++) {
                server.commit();
                Path copy = copies.resolve(i + ".mv.db");
                Files.copy(dataDir.resolve("migrasi.mv.db"), copy);
                snapshots.add(copy);
            }
            writing.set(false);
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            writers.shutdownNow();
        }
        for (Path snapshot : snapshots) {
            assertThat(unindexed(snapshot))
                    .as("documents without an _id entry in %s", snapshot)
                    .isEmpty();
        }
    }

    @Test
    void aDocumentItsIndexLostIsIndexedAgainWhenTheFileIsOpened() throws Exception {
        try (EmbeddedMongo server = EmbeddedMongo.onFile(dataDir);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> lanes = client.getDatabase("migrasi").getCollection("lanes");
            lanes.insertOne(new Document("_id", "chat-1").append("ids", List.of(1L)));
            lanes.insertOne(new Document("_id", "chat-2").append("ids", List.of(2L)));
        }
        // What a kill between the two writes of an insert (or of a delete) left on disk.
        MVStore raw = new MVStore.Builder().fileName(file(dataDir).toString()).open();
        MVMap<Object, Object> index = raw.openMap(ID_INDEX);
        Object lost =
                index.entrySet().stream()
                        .filter(e -> "chat-2".equals(e.getValue()))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow();
        index.remove(lost);
        raw.close();
        assertThat(unindexed(file(dataDir))).containsExactly("chat-2");

        try (EmbeddedMongo server = EmbeddedMongo.onFile(dataDir);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> lanes = client.getDatabase("migrasi").getCollection("lanes");
            assertThat(lanes.find(new Document("_id", "chat-2")).first()).isNotNull();
            // The relay's upsert of that lane: it failed with "already existed" before.
            lanes.updateOne(
                    new Document("_id", "chat-2"),
                    Updates.addToSet("ids", 3L),
                    new UpdateOptions().upsert(true));
            assertThat(lanes.find(new Document("_id", "chat-2")).first().getList("ids", Long.class))
                    .containsExactly(2L, 3L);
            assertThat(lanes.deleteOne(new Document("_id", "chat-2")).getDeletedCount()).isOne();
            assertThat(lanes.countDocuments()).isOne();
        }
        assertThat(unindexed(file(dataDir))).isEmpty();
    }

    /** Inserts, upserts and deletes lanes as the inbox does, until told to stop. */
    private static void churn(MongoCollection<Document> lanes, AtomicBoolean writing) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (writing.get()) {
            String lane = "chat-" + random.nextInt(40);
            if (random.nextBoolean()) {
                lanes.updateOne(
                        new Document("_id", lane),
                        Updates.addToSet("ids", random.nextLong()),
                        new UpdateOptions().upsert(true));
            } else {
                lanes.deleteOne(new Document("_id", lane));
            }
        }
    }

    /** The ids of documents in the file that the {@code _id} index does not know. */
    private static Set<Object> unindexed(Path file) {
        MVStore raw = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Object, Object> data = raw.openMap(DATA);
            MVMap<Object, Object> index = raw.openMap(ID_INDEX);
            Set<Object> missing = new HashSet<>(data.keySet());
            missing.removeAll(new HashSet<>(index.values()));
            return missing;
        } finally {
            raw.close();
        }
    }

    private static Path file(Path dir) {
        return dir.resolve("migrasi.mv.db");
    }
}
