package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only the console needs a login; the bot's own endpoints stay reachable. */
class ConsoleSecurityTests extends IntegrationTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void consolePagesAndEvidenceNeedASignIn() throws Exception {
        for (String path :
                new String[] {
                    "/console",
                    "/console/stats",
                    "/console/staff",
                    "/console/reports/LPR-AAAA-AAAA",
                    "/console/reports/LPR-AAAA-AAAA/evidence/0123456789abcdef01234567"
                }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .endsWith("/console/login");
        }
    }

    @Test
    void aPostWithoutSessionOrCsrfTokenChangesNothing() throws Exception {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://localhost:" + port + "/console/claim-next"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(302, 403);
    }

    @Test
    void theBotsOwnEndpointsStayOpen() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/console/login").statusCode()).isEqualTo(200);
        assertThat(get("/console/assets/console.css").statusCode()).isEqualTo(200);
    }
}
