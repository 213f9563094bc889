package id.migrasiaman.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Telegram mode the anonymous /try page does not exist unless enabled: on main ten anonymous
 * POSTs raised ten URGENT alarms in the real staff chat.
 */
class TryInTelegramModeIntegrationTests extends IntegrationTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void postTryIs404() throws Exception {
        HttpResponse<String> post =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/try"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "text=tolong+saya+disekap"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> get =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/try"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(get.statusCode()).isEqualTo(404);
    }
}
