package id.migrasiaman.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.store.EmbeddedMongo;
import id.migrasiaman.telegram.inbox.InboxSpool;
import id.migrasiaman.telegram.inbox.InboxStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A message or an update stored just before a crash, but not yet listed in its chat's lane, is
 * listed when its turn is handled (or its update relayed) again, so a worker finds it. The lane is
 * written second: written first, a worker that saw the key without its message dropped the key
 * after a grace time, just before the message arrived, and the message was never sent.
 */
class ListedAfterACrashTests {

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = EmbeddedMongo.inMemory();
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("migrasi");
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aReplyStoredButNotListedIsListedWhenTheTurnRunsAgain() {
        OutboundStore store = new OutboundStore(database, Clock.systemUTC());
        OutboundStore.Message reply =
                new OutboundStore.Message("r:42:0", "sendmessage", bytes("{}"), "reply", null);
        // The crash came between the two writes: the message is there, its lane is not.
        store.enqueue("c42", false, reply);
        store.lanes().remove("c42", "r:42:0");
        assertThat(store.lanes().ids("c42")).isEmpty();

        assertThat(store.enqueue("c42", false, reply)).as("stored once").isFalse();
        assertThat(store.lanes().ids("c42")).containsExactly("r:42:0");
        assertThat(database.getCollection("telegram_outbound").countDocuments()).isOne();
    }

    @Test
    void anUpdateStoredButNotListedIsListedWhenItIsRelayedOrDeliveredAgain() {
        InboxStore inbox = new InboxStore(database, Clock.systemUTC());
        Instant now = Instant.now();
        inbox.accept(7, "c7", bytes("u7"), now);
        inbox.acceptAll(List.of(new InboxSpool.Spooled(8, "c8", now, bytes("u8"))));
        inbox.lanes().remove("c7", 7L);
        inbox.lanes().remove("c8", 8L);

        assertThat(inbox.accept(7, "c7", bytes("u7"), now)).as("a redelivery").isFalse();
        inbox.acceptAll(List.of(new InboxSpool.Spooled(8, "c8", now, bytes("u8"))));
        assertThat(inbox.lanes().ids("c7")).containsExactly(7L);
        assertThat(inbox.lanes().ids("c8")).containsExactly(8L);
        assertThat(database.getCollection("telegram_inbox").countDocuments(new Document()))
                .isEqualTo(2);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
