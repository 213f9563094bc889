package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only the console needs a login; the bot's own endpoints stay reachable. */
class ConsoleSecurityTests extends IntegrationTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;

    @Autowired ReportQueue queue;

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
                    "/console/reports/LPR-AAAA-AAAA/evidence/0123456789abcdef01234567",
                    "/console/export/reports.csv"
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
    void signedInStaffExportTheQueueWithoutPersonalData() throws Exception {
        String code =
                queue.submit(
                                ReportDraft.builder("csv:" + UUID.randomUUID(), "telegram")
                                        .reporter("pseudo-csv", "id")
                                        .what("Calo rekrut ke Sabah", null)
                                        .broker("Om Kornelis", List.of("+6281299998888"), List.of())
                                        .place("Kupang Timur", "Oesao", -10.1, 123.8)
                                        .route(List.of("MY"), List.of("Nunukan"), null)
                                        .victims(3, false)
                                        .build())
                        .code();
        HttpClient session =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        String loginPage =
                session.send(
                                request("/console/login").build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login =
                session.send(
                        request("/console/login")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "username="
                                                        + ADMIN
                                                        + "&password="
                                                        + ADMIN_PASSWORD
                                                        + "&_csrf="
                                                        + csrf.group(1)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/console");

        HttpResponse<String> csv =
                session.send(
                        request("/console/export/reports.csv").build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(csv.body()))
                        .getRecords();
        CSVRecord row =
                rows.stream().filter(r -> r.get("code").equals(code)).findFirst().orElseThrow();
        assertThat(row.get("kecamatan")).isEqualTo("Kupang Timur");
        assertThat(row.get("destinations")).isEqualTo("MY");
        assertThat(row.get("people")).isEqualTo("3");
        assertThat(csv.body())
                .doesNotContain("Kornelis", "99998888", "Oesao", "Sabah", "pseudo-csv");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void theBotsOwnEndpointsStayOpen() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/console/login").statusCode()).isEqualTo(200);
        assertThat(get("/console/assets/console.css").statusCode()).isEqualTo(200);
    }
}
