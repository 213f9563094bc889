package id.migrasiaman.telegram;

import static id.migrasiaman.telegram.BotReplies.REPORT_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.migrasiaman.store.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the bot (separate JVMs, webhook mode, as behind a load balancer) share one
 * MongoDB: an embedded server the test starts, which both reach over its socket. One chat's updates
 * alternate between them: every question is asked once, in order, the report is stored once with
 * every answer in its place, and a quick series gives exactly a single instance's replies.
 */
class TwoInstancesTests {

    @TempDir Path data;

    private final FakeBotApi api = new FakeBotApi();
    private EmbeddedMongo mongo;
    private ChildBot a;
    private ChildBot b;

    @AfterEach
    void stop() throws InterruptedException {
        for (ChildBot bot : new ChildBot[] {a, b}) {
            if (bot != null) {
                bot.stop();
            }
        }
        if (mongo != null) {
            mongo.close();
        }
        api.stop();
    }

    @Test
    void oneChatAlternatingBetweenTwoInstancesStaysConsistentOrderedAndUndoubled()
            throws Exception {
        int port = ChildBot.freePort();
        mongo = EmbeddedMongo.onFile(data.resolve("mongo"), port);
        String uri = "mongodb://127.0.0.1:" + port + "/";
        CompletableFuture<ChildBot> first = start("a", uri);
        CompletableFuture<ChildBot> second = start("b", uri);
        a = first.get();
        b = second.get();
        ChildBot[] instances = {a, b};

        long reporter = 780_001;
        int turn = 0;
        post(
                instances[turn++ % 2],
                Scripts.message(reporter, "/lapor calo Om Beni di Oesao kirim anak ke Malaysia"),
                reporter);
        for (int i = 0; i < 14 && !last(reporter).contains("menghubungi"); i++) {
            post(instances[turn++ % 2], Scripts.callback(reporter, "r:skip"), reporter);
        }
        post(instances[turn++ % 2], Scripts.callback(reporter, "r:contact:no"), reporter);
        assertThat(last(reporter)).contains("Ringkasan");
        post(instances[turn++ % 2], Scripts.callback(reporter, "r:send"), reporter);

        List<String> texts = Delivered.texts(api, reporter);
        Set<String> distinct = new HashSet<>(texts);
        assertThat(distinct).as("no question asked twice").hasSameSizeAs(texts);
        Matcher code = REPORT_CODE.matcher(texts.get(texts.size() - 1));
        assertThat(code.find()).as("the last message carries the code").isTrue();
        try (MongoClient client = MongoClients.create(uri)) {
            var reports = client.getDatabase("migrasi").getCollection("reports");
            assertThat(reports.countDocuments(new Document("code", code.group()))).isEqualTo(1);
            Document report = reports.find(new Document("code", code.group())).first();
            assertThat(report.getString("what")).contains("Om Beni");
            assertThat(reports.countDocuments()).isEqualTo(1);
        }

        long quick = 780_002;
        List<String> expected = baseline(a, 780_003);
        List<String> updates = Scripts.chat(quick);
        for (int i = 0; i < updates.size(); i++) {
            // Acknowledged one after the other, as Telegram does, but not waiting for replies.
            assertThat(instances[i % 2].post(updates.get(i))).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Delivered.texts(api, quick).size() >= expected.size());
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> Delivered.texts(api, quick).size() == expected.size());
        assertThat(Delivered.texts(api, quick)).containsExactlyElementsOf(expected);
    }

    private CompletableFuture<ChildBot> start(String name, String uri) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return new ChildBot(
                                        data.resolve(name),
                                        api.url(),
                                        Map.of(
                                                "migrasi.store.uri", uri,
                                                "migrasi.transport.instance-id", name))
                                .start();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** Posts an update and waits until its replies stop coming. */
    private void post(ChildBot bot, String update, long chat) {
        int before = Delivered.texts(api, chat).size();
        assertThat(bot.post(update)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Delivered.texts(api, chat).size() > before);
        java.util.concurrent.atomic.AtomicInteger seen =
                new java.util.concurrent.atomic.AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(400))
                .until(
                        () -> {
                            int now = Delivered.texts(api, chat).size();
                            return now == seen.getAndSet(now);
                        });
    }

    private List<String> baseline(ChildBot bot, long chat) {
        for (String update : Scripts.chat(chat)) {
            post(bot, update, chat);
        }
        return Delivered.texts(api, chat);
    }

    private String last(long chat) {
        List<JsonNode> messages = Delivered.messages(api, String.valueOf(chat));
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).path("text").asText();
    }
}
