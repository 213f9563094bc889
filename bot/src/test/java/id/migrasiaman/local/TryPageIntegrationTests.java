package id.migrasiaman.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The /try page over real HTTP, enabled on purpose next to Telegram ({@code
 * MIGRASI_LOCAL_CHANNELS}): the same conversation core answers, and its reports never reach the
 * real staff chat.
 */
@TestPropertySource(properties = "migrasi.local.enabled=true")
class TryPageIntegrationTests extends IntegrationTest {

    @LocalServerPort int port;

    @Autowired id.migrasiaman.reports.ReportQueue queue;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void pageLoads() throws Exception {
        HttpResponse<String> page =
                http.send(
                        HttpRequest.newBuilder(uri()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Migrasi Aman").contains("name=\"text\"");
    }

    @Test
    void startShowsMenuAndUserTextIsEscaped() throws Exception {
        String body = post("text=" + URLEncoder.encode("/start", StandardCharsets.UTF_8));
        assertThat(body)
                .contains("<b>Selamat datang di Migrasi Aman</b>")
                .contains("value=\"m:report\"");
        String escaped =
                post("text=" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8));
        assertThat(escaped)
                .contains("&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x</script>");
    }

    @Test
    void haloGetsAGreeting() throws Exception {
        String body = post("text=halo");
        assertThat(body).contains("Halo!");
    }

    @Test
    void anEmergencyOnTheTryPageAlertsNoStaffChat() throws Exception {
        BOT_API.reset();
        String body =
                post(
                        "text="
                                + URLEncoder.encode(
                                        "tolong saya disekap majikan", StandardCharsets.UTF_8));
        java.util.regex.Matcher code =
                java.util.regex.Pattern.compile("LPR-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(body);
        assertThat(code.find()).isTrue();
        assertThat(queue.find(code.group()).orElseThrow().channel()).isEqualTo("try");
        org.awaitility.Awaitility.await()
                .pollDelay(java.time.Duration.ofSeconds(2))
                .atMost(java.time.Duration.ofSeconds(3))
                .until(() -> true);
        assertThat(
                        BOT_API.server()
                                .findAll(
                                        com.github.tomakehurst.wiremock.client.WireMock
                                                .postRequestedFor(
                                                        id.migrasiaman.telegram.FakeBotApi.method(
                                                                "sendMessage"))))
                .isEmpty();
    }

    private String post(String form) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/try");
    }
}
