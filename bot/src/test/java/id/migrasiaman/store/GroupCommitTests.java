package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is flushed is in the file on disk, not only in memory: the file is copied while the server
 * is still running (as a power loss would leave it, with nothing written by a clean shutdown) and
 * the copy is opened by a new server.
 */
class GroupCommitTests {

    @TempDir Path dataDir;
    @TempDir Path copyDir;

    @Test
    void flushedWritesAreInTheFileBeforeAnyShutdown() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (EmbeddedMongo server = EmbeddedMongo.onFile(dataDir);
                GroupCommit durability =
                        new GroupCommit(server, Duration.ZERO, Duration.ofHours(1), meters);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> probe = collection(client);
            probe.insertOne(new Document("_id", "before"));
            durability.flush();
            Files.copy(dataDir.resolve("migrasi.mv.db"), copyDir.resolve("migrasi.mv.db"));
        }
        try (EmbeddedMongo copy = EmbeddedMongo.onFile(copyDir);
                MongoClient client = MongoClients.create(copy.connectionString())) {
            assertThat(collection(client).find(new Document("_id", "before")).first()).isNotNull();
        }
        assertThat(meters.counter("migrasi.store.fsyncs").count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void concurrentFlushesShareCommits() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        int writers = 16;
        int writes = 20;
        try (EmbeddedMongo server = EmbeddedMongo.onFile(dataDir);
                GroupCommit durability =
                        new GroupCommit(server, Duration.ZERO, Duration.ofHours(1), meters);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> probe = collection(client);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < writes; i++) {
                                        probe.insertOne(new Document("_id", writer + "-" + i));
                                        durability.flush();
                                    }
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            Files.copy(dataDir.resolve("migrasi.mv.db"), copyDir.resolve("migrasi.mv.db"));
        }
        try (EmbeddedMongo copy = EmbeddedMongo.onFile(copyDir);
                MongoClient client = MongoClients.create(copy.connectionString())) {
            assertThat(collection(client).countDocuments()).isEqualTo(writers * writes);
        }
        assertThat(meters.counter("migrasi.store.fsyncs").count())
                .as("fsyncs for %d flushes", writers * writes)
                .isLessThan(writers * writes);
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("migrasi").getCollection("probe");
    }
}
