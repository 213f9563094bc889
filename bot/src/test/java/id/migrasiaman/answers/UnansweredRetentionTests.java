package id.migrasiaman.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.reports.MutableClock;
import id.migrasiaman.store.EmbeddedMongo;
import id.migrasiaman.store.RetentionSettings;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The finding: {@code unanswered} kept raw text (names, phone numbers) forever. */
class UnansweredRetentionTests {

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoDatabase database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T03:00:00Z"));

    @BeforeEach
    void start() {
        server = EmbeddedMongo.inMemory();
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("unanswered-tests");
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void phoneNumbersAndNamesAreTakenOutBeforeStoring() {
        var questions = new UnansweredQuestions(database, clock, RetentionSettings.defaults());

        questions.keep(
                "nama saya Yanti, calo Om Beni minta uang, nomor 0812 3456 7890 itu legal?",
                "id",
                "unknown");

        String stored = database.getCollection("unanswered").find().first().getString("text");
        assertThat(stored)
                .doesNotContain("Yanti")
                .doesNotContain("Beni")
                .doesNotContain("3456")
                .contains("[nomor]")
                .contains("[nama]")
                .contains("legal");
    }

    @Test
    void questionsAreDeletedAfterNinetyDaysAndBothAreConfigurable() {
        var questions = new UnansweredQuestions(database, clock, RetentionSettings.defaults());
        questions.keep("gaji di Malaysia berapa?", "id", "unknown");
        clock.advance(Duration.ofDays(60));
        questions.keep("visa turis cukup?", "id", "unknown");

        clock.advance(Duration.ofDays(31));
        assertThat(questions.purge()).isEqualTo(1);
        assertThat(database.getCollection("unanswered").find().first().getString("text"))
                .isEqualTo("visa turis cukup?");

        var raw =
                new UnansweredQuestions(
                        database,
                        clock,
                        new RetentionSettings(
                                Duration.ofDays(14),
                                Duration.ofDays(7),
                                Duration.ofDays(1),
                                false));
        raw.keep("nomor 081234567890", "id", "unknown");
        assertThat(
                        database.getCollection("unanswered")
                                .countDocuments(new Document("text", "nomor 081234567890")))
                .isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        assertThat(raw.purge()).isEqualTo(2);
    }
}
