package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server on its H2 file keeps data across a restart, reached through the real driver.
 */
class StoragePersistenceTests {

    @TempDir Path dataDir;

    @Test
    void dataWrittenBeforeRestartIsThereAfterIt() {
        try (EmbeddedMongo first = EmbeddedMongo.onFile(dataDir);
                MongoClient client = MongoClients.create(first.connectionString())) {
            collection(client).insertOne(new Document("_id", "r1").append("text", "tetap ada"));
        }
        assertThat(Files.exists(dataDir.resolve("migrasi.mv.db"))).isTrue();

        try (EmbeddedMongo second = EmbeddedMongo.onFile(dataDir);
                MongoClient client = MongoClients.create(second.connectionString())) {
            Document found = collection(client).find(new Document("_id", "r1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("text")).isEqualTo("tetap ada");
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("migrasi").getCollection("probe");
    }
}
