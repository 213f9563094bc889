package id.migrasiaman.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.store.EmbeddedMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Staff-only stories go after the retention period; published ones stay, redacted. */
class StoryRetentionTests {

    @Test
    void staffOnlyStoriesAreDeletedAfterTheRetentionPeriod() {
        try (EmbeddedMongo server = EmbeddedMongo.inMemory();
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase db = client.getDatabase("stories-retention");
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            StoryStore store = new StoryStore(db, () -> {}, Clock.fixed(start, ZoneOffset.UTC));
            String privateId = store.save(told("p", false));
            String publicId = store.save(told("q", true));
            store.moderate(publicId, true, "Cerita untuk semua.", "", "moderator");

            StorySettings settings = new StorySettings(365);
            Clock day364 = Clock.fixed(start.plus(Duration.ofDays(364)), ZoneOffset.UTC);
            Clock day366 = Clock.fixed(start.plus(Duration.ofDays(366)), ZoneOffset.UTC);

            assertThat(new StoryRetentionJob(store, day364, settings).purge()).isZero();
            assertThat(new StoryRetentionJob(store, day366, settings).purge()).isEqualTo(1);
            assertThat(store.find(privateId)).isEmpty();
            assertThat(store.find(publicId).orElseThrow().status())
                    .isEqualTo(Story.Status.PUBLISHED);
        }
    }

    private static StoryStore.Told told(String key, boolean publish) {
        return new StoryStore.Told(
                key, "pseudo", "id", "MY", "UNKNOWN", "Saya pulang dari Malaysia.", null, publish);
    }
}
