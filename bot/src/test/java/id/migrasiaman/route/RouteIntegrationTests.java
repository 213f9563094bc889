package id.migrasiaman.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.telegram.BotConversation;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The route as a new user walks it through Telegram updates, with progress in MongoDB. */
class RouteIntegrationTests extends IntegrationTest {

    @Autowired MongoDatabase database;
    @Autowired LiveRoutes routes;

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @Test
    void malaysiaDomesticWorkIsWalkedWithSudahAndContinuesFromMongoAfterARestart() {
        BotConversation person = new BotConversation(BOT_API, 780_013);
        assertThat(BotConversation.buttonData(last(person.say("/start")))).contains("m:route");
        assertThat(BotConversation.buttonData(last(person.press("m:route")))).contains("j:c:MY");
        assertThat(BotConversation.buttonData(last(person.press("j:c:MY"))))
                .contains("j:w:domestic");
        StringBuilder walked = new StringBuilder(text(person.press("j:w:domestic")));
        for (int i = 0; i < 5; i++) {
            walked.append(text(person.press("j:d:" + i)));
        }
        // Progress is in route_progress, keyed by the pseudonym, never the chat id.
        Document stored = database.getCollection("route_progress").find().first();
        assertThat(stored.getInteger("position")).isEqualTo(5);
        assertThat(stored.getString("_id")).doesNotContain("780013");

        // A restart: a fresh guide over a fresh store reads the same document.
        RouteProgress reloaded =
                new MongoRouteProgress(database).find(stored.getString("_id")).orElseThrow();
        assertThat(reloaded.done()).hasSize(5);
        assertThat(text(person.say("/jalur"))).contains("Langkah 6 dari 10");
        for (int i = 5; i < 10; i++) {
            walked.append(text(person.press("j:d:" + i)));
        }
        assertThat(walked.toString())
                .contains("🏢 Kantor: Disnaker Kab. Kupang")
                .contains("Imigrasi Kupang")
                .contains("📄 Bawa: KTP")
                .contains("Rp350.000 (PP 45/2024)")
                .contains("Rp37.500 (Permenaker 4/2023");
        assertThat(text(person.press("j:d:10"))).contains("Semua langkah selesai");
        assertThat(routes.current().plan("MY", "domestic").orElseThrow().steps()).hasSize(10);
    }

    private static JsonNode last(List<JsonNode> sent) {
        return sent.get(sent.size() - 1);
    }

    private static String text(List<JsonNode> sent) {
        StringBuilder all = new StringBuilder();
        sent.forEach(m -> all.append(m.path("text").asText()).append('\n'));
        return all.toString();
    }
}
