package id.migrasiaman.telegram;

import id.migrasiaman.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Base of the webhook-mode tests (one shared application context): posts updates as Telegram. */
@TestPropertySource(
        properties = {
            "migrasi.telegram.webhook-url=https://bot.example.test/telegram/webhook",
            "migrasi.telegram.webhook-secret=" + WebhookTest.SECRET,
            "migrasi.transport.global-per-second=500"
        })
public abstract class WebhookTest extends IntegrationTest {

    protected static final String SECRET = "s3cret_Token-42";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort protected int port;

    /** Posts {@code body} to the webhook with {@code secret} (none when null). */
    protected HttpResponse<String> post(String body, String secret)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + WebhookController.PATH))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
