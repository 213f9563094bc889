package id.migrasiaman.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.telegram.inbox.InboxStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 1,000 updates generated from the project's fixtures by random mutation (jqwik arbitraries, fixed
 * seed): fields dropped, values of the wrong type, strange text, bad or repeated ids, truncated
 * JSON. The webhook never answers 5xx, intake never gets stuck (nothing left pending), and a /start
 * afterwards is answered.
 */
class MutatedUpdatesPropertyTests extends WebhookTest {

    private static final long SEED = 14_2026L;
    private static final int TRIES = 1_000;

    @Autowired InboxStore inbox;

    @Test
    void mutatedUpdatesNeverBreakIntake() throws Exception {
        List<String> generated = new ArrayList<>();
        // A jqwik session outside a @Property, so the updates can go to the Spring context.
        JqwikSession.start(String.valueOf(SEED));
        try {
            Arbitrary<String> updates = UpdateMutations.of(fixtures());
            var generator = updates.generator(1_000);
            Random random = new Random(SEED);
            for (int i = 0; i < TRIES; i++) {
                generated.add(generator.next(random).value());
            }
        } finally {
            JqwikSession.finish();
        }
        List<Integer> statuses = new ArrayList<>();
        for (String update : generated) {
            statuses.add(post(update, SECRET).statusCode());
        }

        assertThat(statuses).as("no 5xx, nothing refused").allMatch(s -> s == 200);
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> inbox.count(InboxStore.Status.PENDING) == 0);

        BotConversation user = new BotConversation(BOT_API, 890_001);
        assertThat(post(user.lastUpdateJson("/start"), SECRET).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !user.sent().isEmpty());
        assertThat(user.sent().get(0).path("text").asText()).contains("Selamat datang");
    }

    private static List<JsonNode> fixtures() throws Exception {
        // The fixtures copied into the test resources (sources and licences in their SOURCES.md).
        Path dir =
                Path.of(
                        MutatedUpdatesPropertyTests.class
                                .getResource("/telegram-fixtures")
                                .toURI());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = json.readTree(Files.readString(file));
                if (root.isArray()) {
                    root.forEach(found::add);
                } else {
                    found.add(root);
                }
            }
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(30);
        return found;
    }
}
