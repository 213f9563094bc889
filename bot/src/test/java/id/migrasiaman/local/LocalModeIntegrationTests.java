package id.migrasiaman.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Local mode (no token): /try exists, but a 1.5 MB text is refused with 413 before it is read (on
 * main it exhausted the heap), a text over 4,096 characters too, and a client sending too fast gets
 * 429. The bot stays healthy.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "migrasi.telegram.token=",
            "migrasi.store.embedded-backend=MEMORY",
            "migrasi.store.database=local-mode-test",
            "migrasi.privacy.pseudonym-secret=test-secret-0123456789abcdef",
            "migrasi.store.data-dir=${java.io.tmpdir}/migrasi-local-mode-test",
            "migrasi.local.per-minute=6",
            // The test speaks as several clients through a proxy on this machine.
            "migrasi.web.trusted-proxies=127.0.0.1"
        })
class LocalModeIntegrationTests {

    @LocalServerPort int port;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void oversizedTextsAreRefusedAndTheBotStaysHealthy() throws Exception {
        String huge = "text=" + "tolong+".repeat(1_500_000 / 7);
        assertThat(post(huge).statusCode()).isEqualTo(413);

        String tooLong = "text=" + URLEncoder.encode("a".repeat(4_097), StandardCharsets.UTF_8);
        assertThat(post(tooLong).statusCode()).isEqualTo(413);

        HttpResponse<String> health =
                http.send(
                        HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        HttpResponse<String> fine =
                post("text=" + URLEncoder.encode("a".repeat(4_096), StandardCharsets.UTF_8));
        assertThat(fine.statusCode()).isEqualTo(200);
    }

    @Test
    void aClientSendingTooFastIsRefused() throws Exception {
        int last = 0;
        for (int i = 0; i < 8; i++) {
            last = post("text=halo", "203.0.113.7").statusCode();
        }
        assertThat(last).isEqualTo(429);
        assertThat(post("text=halo", "203.0.113.8").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String form) throws Exception {
        return post(form, "198.51.100.1");
    }

    /** Posts as the client {@code address} (the proxy header Tomcat trusts from localhost). */
    private HttpResponse<String> post(String form, String address) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/try"))
                        .header("X-Forwarded-For", address)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
