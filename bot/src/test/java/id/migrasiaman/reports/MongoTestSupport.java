package id.migrasiaman.reports;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.store.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the report queue over the embedded server's socket through the real driver: one server
 * per class, a fresh database, data folder and clock per test.
 */
public abstract class MongoTestSupport {

    protected static EmbeddedMongo server;
    static MongoClient client;

    @TempDir protected Path dataDir;
    protected MutableClock clock;
    protected ReportsFixture reports;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongo.inMemory();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void freshDatabase() {
        clock = new MutableClock(Instant.parse("2025-03-01T02:00:00Z"));
        reports = new ReportsFixture(database(), dataDir, server::commit, clock);
    }

    protected static MongoDatabase database() {
        return client.getDatabase("t" + UUID.randomUUID().toString().replace("-", ""));
    }
}
