package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.migrasiaman.conversation.ConversationFixture;
import id.migrasiaman.reports.MutableClock;
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
        MutableClock clock = new MutableClock(Instant.parse("2026-12-05T02:00:00Z"));
        ConversationFixture before =
                RouteGuideTests.bot(new MongoRouteProgress(client.getDatabase("route")), clock);
        before.press("p1", "j:c:MY");
        before.press("p1", "j:w:domestic");
        before.press("p1", "j:d:0");
        before.press("p1", "j:d:1");

        MongoRouteProgress store = new MongoRouteProgress(client.getDatabase("route"));
        ConversationFixture after = RouteGuideTests.bot(store, clock);
        assertThat(after.send("p1", "/jalur").get(0).html()).contains("Langkah 3 dari 11");
        assertThat(store.find("p1").orElseThrow().done())
                .containsExactly("cek-agensi", "siapkan-dokumen");
        store.save(store.find("p1").orElseThrow().reminders(true, "tg:5"));
        clock.advance(java.time.Duration.ofDays(5));
        assertThat(store.quietSince(clock.instant().minus(java.time.Duration.ofDays(4)), 10))
                .hasSize(1);
        // Reminded since: not quiet again until another four days have passed.
        store.save(store.find("p1").orElseThrow().reminded(clock.instant()));
        assertThat(store.quietSince(clock.instant().minus(java.time.Duration.ofDays(4)), 10))
                .isEmpty();
    }

    @Test
    void datesAndTheLanguageAreKeptAndFoundTheDayBefore() {
        MongoRouteProgress store = new MongoRouteProgress(client.getDatabase("route-dates"));
        Instant now = Instant.parse("2026-12-05T02:00:00Z");
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 9);
        RouteProgress p =
                RouteProgress.fresh("p2", now)
                        .speaking("en")
                        .choose("MY", "domestic", now)
                        .reminders(true, "tg:7")
                        .withAppointment(
                                "cek-kesehatan",
                                new RouteProgress.Appointment("cek-kesehatan", day, now, false));
        store.save(p);
        RouteProgress read = store.find("p2").orElseThrow();
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.appointment("cek-kesehatan").orElseThrow().date()).isEqualTo(day);
        assertThat(store.appointmentsOn(day, 10)).extracting(RouteProgress::id).contains("p2");
        assertThat(store.appointmentsOn(day.plusDays(1), 10)).isEmpty();
        store.save(
                read.withAppointment(
                        "cek-kesehatan",
                        new RouteProgress.Appointment("cek-kesehatan", day, now, true)));
        assertThat(store.appointmentsOn(day, 10)).isEmpty();
    }
}
