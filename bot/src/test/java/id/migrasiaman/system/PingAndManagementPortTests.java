package id.migrasiaman.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code GET /ping} answers plain "ok" on the application port; with {@code management.server.port}
 * set, the actuator lives on that port only.
 */
@TestPropertySource(properties = "management.server.port=0")
class PingAndManagementPortTests extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @LocalManagementPort int managementPort;

    @Test
    void pingAnswersOkAsPlainText() throws Exception {
        HttpResponse<String> response = get(port, "/ping");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void pingTakesOnlyGetAndHead() throws Exception {
        HttpResponse<String> post =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ping"))
                                .POST(HttpRequest.BodyPublishers.ofString("x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> head =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ping"))
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theActuatorIsOnTheManagementPortOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/prometheus").body())
                .contains("migrasi_telegram_inbox");
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
