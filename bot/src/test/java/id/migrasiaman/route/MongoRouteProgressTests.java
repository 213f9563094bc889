package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.store.EmbeddedMongo;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Progress in the embedded MongoDB over its socket: a fresh guide continues where the last one was.
 */
class MongoRouteProgressTests {

    static EmbeddedMongo server;
    static MongoClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.inMemory();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void aFreshServiceOverTheSameCollectionContinuesTheRoute() {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-05T02:00:00Z"));
        ConversationFixture before = new ConversationFixture();
        before.with(
                new RouteGuide(
                        () -> RouteGuideTests.BOOK,
                        new MongoRouteProgress(client.getDatabase("route")),
                        before.texts,
                        before.menus,
                        clock,
                        4));
        before.press("p1", "j:c:MY");
        before.press("p1", "j:w:domestic");
        before.press("p1", "j:d:0");
        before.press("p1", "j:d:1");

        ConversationFixture after = new ConversationFixture();
        MongoRouteProgress store = new MongoRouteProgress(client.getDatabase("route"));
        after.with(
                new RouteGuide(
                        () -> RouteGuideTests.BOOK, store, after.texts, after.menus, clock, 4));
        assertThat(after.send("p1", "/jalur").get(0).html()).contains("Langkah 3 dari 10");
        assertThat(store.find("p1").orElseThrow().done())
                .containsExactly("cek-agensi", "siapkan-dokumen");
        store.save(store.find("p1").orElseThrow().reminders(true, "tg:5"));
        clock.advance(java.time.Duration.ofDays(5));
        assertThat(store.quietSince(clock.instant().minus(java.time.Duration.ofDays(4)), 10))
                .hasSize(1);
    }
}
