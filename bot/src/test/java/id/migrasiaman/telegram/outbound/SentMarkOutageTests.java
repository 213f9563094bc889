package id.migrasiaman.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.migrasiaman.store.EmbeddedMongo;
import id.migrasiaman.system.Sealer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MongoDB goes away right after Telegram took a message, so its "sent" mark cannot be stored: when
 * the store is back the message is marked sent, not sent a second time.
 */
class SentMarkOutageTests {

    private static final String LANE = "c:42";
    private static final String KEY = "r:7:0";

    @TempDir Path data;

    private EmbeddedMongo mongo;

    @Test
    void aMessageWhoseMarkFailedIsMarkedNotSentAgainWhenMongoDbIsBack() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        mongo = EmbeddedMongo.onFile(data, port);
        AtomicInteger calls = new AtomicInteger();
        OkHttpClient http =
                new OkHttpClient.Builder()
                        .addInterceptor(
                                chain -> {
                                    if (calls.incrementAndGet() == 1) {
                                        // Telegram takes it; the store goes down before the mark.
                                        mongo.close();
                                    }
                                    return new Response.Builder()
                                            .request(chain.request())
                                            .protocol(Protocol.HTTP_1_1)
                                            .code(200)
                                            .message("OK")
                                            .body(
                                                    ResponseBody.create(
                                                            "{\"ok\":true,\"result\":{}}",
                                                            MediaType.get("application/json")))
                                            .build();
                                })
                        .build();
        Clock clock = Clock.systemUTC();
        Sealer sealer = new Sealer(new byte[32]);
        try (MongoClient client =
                MongoClients.create(
                        "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=3000")) {
            OutboundStore store = new OutboundStore(client.getDatabase("migrasi"), clock);
            OutboundWorkers workers =
                    new OutboundWorkers(
                            store,
                            new BotApiSender(
                                    http,
                                    URI.create("http://127.0.0.1:1"),
                                    "t",
                                    new ObjectMapper()),
                            sealer,
                            () -> {},
                            null,
                            new ChatPacing(3, Duration.ofSeconds(1), 20),
                            new GlobalRate(30, clock),
                            new OutboundMetrics(new SimpleMeterRegistry()),
                            entry -> {},
                            "owner",
                            Duration.ofSeconds(30),
                            Duration.ofMinutes(5),
                            clock,
                            new id.migrasiaman.telegram.inbox.AcceptFirst(1),
                            new id.migrasiaman.telegram.inbox.UrgentLanes(clock));
            byte[] body = "{\"chat_id\":42,\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            store.enqueue(
                    LANE,
                    false,
                    new OutboundStore.Message(
                            KEY, "sendMessage", sealer.seal(body), "reply", null));

            assertThatThrownBy(() -> workers.run(LANE)).isInstanceOf(MongoException.class);
            assertThat(calls).hasValue(1);

            mongo = EmbeddedMongo.onFile(data, port);
            workers.run(LANE);

            assertThat(calls).as("Bot API calls").hasValue(1);
            assertThat(store.find(KEY).orElseThrow().status()).isEqualTo(OutboundStore.Status.SENT);
            assertThat(store.lanes().ids(LANE)).isEmpty();
        } finally {
            mongo.close();
        }
    }
}
