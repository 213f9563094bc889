package id.migrasiaman.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's index keys are compared without serialising them at every step, in exactly
 * the order H2 gave them before: a data folder written by the earlier version finds every document
 * by its id, and one written now does too.
 */
class IndexKeyTypeTests {

    @TempDir Path dataDir;

    @Test
    void ordersKeysExactlyAsH2DidBefore() {
        Random random = new Random(14);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(
                    switch (i % 4) {
                        case 0 -> new KeyValue(random.nextLong());
                        case 1 -> new KeyValue("r:" + random.nextInt(100_000) + ":" + i % 3);
                        case 2 -> new KeyValue(random.nextInt(1_000));
                        default -> new KeyValue("lane-" + random.nextInt(50), (long) i);
                    });
        }
        ObjectDataType before = new ObjectDataType();
        IndexKeyType now = new IndexKeyType();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(now.compare(a, b)))
                        .isEqualTo(Integer.signum(before.compare(a, b)));
            }
        }
    }

    @Test
    void aDataFolderWrittenByTheEarlierVersionFindsEveryDocumentById() {
        Path file = dataDir.resolve("migrasi.mv.db");
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer earlier = new MongoServer(new H2Backend(store));
        earlier.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(earlier.getConnectionString())) {
            MongoCollection<Document> inbox = collection(client);
            for (long id = 0; id < 2_000; id++) {
                inbox.insertOne(new Document("_id", id * 7919 % 10_007).append("n", id));
                collection(client, "lanes")
                        .insertOne(new Document("_id", "chat-" + id).append("n", id));
            }
        }
        earlier.shutdownNow();
        store.close();

        try (EmbeddedMongo now = EmbeddedMongo.onFile(dataDir);
                MongoClient client = MongoClients.create(now.connectionString())) {
            MongoCollection<Document> inbox = collection(client);
            for (long id = 0; id < 2_000; id++) {
                Document found = inbox.find(new Document("_id", id * 7919 % 10_007)).first();
                assertThat(found).isNotNull();
                assertThat(found.getLong("n")).isEqualTo(id);
                assertThat(collection(client, "lanes").find(new Document("_id", "chat-" + id)))
                        .hasSize(1);
            }
            // A second insert of an id that is there is still refused, and new ids go in.
            assertThat(
                            org.assertj.core.api.Assertions.catchThrowable(
                                    () -> inbox.insertOne(new Document("_id", 0L))))
                    .isInstanceOf(com.mongodb.MongoWriteException.class);
            inbox.insertOne(new Document("_id", 20_000L).append("n", -1L));
            assertThat(inbox.countDocuments()).isEqualTo(2_001);
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return collection(client, "telegram_inbox");
    }

    private static MongoCollection<Document> collection(MongoClient client, String name) {
        return client.getDatabase("migrasi").getCollection(name);
    }
}
