package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.migrasiaman.IntegrationTest;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser is told to enforce, what a forged proxy header achieves, what the actuator tells
 * strangers, and how large a console form may be, checked the way an attacker would look.
 */
class ConsoleHeadersAttackTests extends IntegrationTest {

    @LocalServerPort int port;

    @Autowired ReportQueue queue;

    @Autowired StaffUsers users;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoReferrerToOtherSites() throws Exception {
        HttpResponse<String> login = new ConsoleClient(port).get("/console/login");

        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "object-src 'none'",
                        "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = new ConsoleClient(port).get("/console/login");

        String cookie =
                login.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void pagesWithPersonalDataAreNotStoredByTheBrowser() throws Exception {
        String code = submitReport("Kupang Barat");
        ConsoleClient staff = new ConsoleClient(port);
        staff.signIn(ADMIN, ADMIN_PASSWORD);

        for (String path :
                List.of(
                        "/console",
                        "/console/reports/" + code,
                        "/console/brokers",
                        "/console/stories",
                        "/console/export/reports.csv",
                        "/console/live/queue")) {
            HttpResponse<String> page = staff.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store");
        }
    }

    @Test
    void aForgedForwardedHostNeverLandsInARedirect() throws Exception {
        ConsoleClient attacker = new ConsoleClient(port);
        HttpResponse<String> response =
                attacker.send(
                        attacker.request("/console")
                                .header("X-Forwarded-Host", "evil.example")
                                .header("X-Forwarded-Proto", "https")
                                .header("X-Forwarded-Port", "443")
                                .header("Forwarded", "host=evil.example;proto=https")
                                .build());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .isEqualTo("/console/login")
                .doesNotContain("evil.example")
                .doesNotStartWith("https:");
    }

    @Test
    void anonymousCallersGetNoSession() throws Exception {
        for (String path : List.of("/console", "/actuator/prometheus", "/actuator/health")) {
            assertThat(new ConsoleClient(port).get(path).headers().allValues("Set-Cookie"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void anonymousHealthTellsOnlyUpOrDown() throws Exception {
        HttpResponse<String> health = new ConsoleClient(port).get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).isFalse();
        assertThat(health.body()).doesNotContain("diskSpace", "mongo", "path", "telegram");
        assertThat(new ConsoleClient(port).get("/livez").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInAdminSeesTheHealthDetails() throws Exception {
        ConsoleClient admin = new ConsoleClient(port);
        admin.signIn(ADMIN, ADMIN_PASSWORD);

        assertThat(admin.get("/actuator/health").body()).contains("components", "mongo");
    }

    @Test
    void prometheusIsNotPublicAndNotForStaffOnly() throws Exception {
        assertThat(new ConsoleClient(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);

        ConsoleClient staff = new ConsoleClient(port);
        String name = "metrik" + UUID.randomUUID().toString().substring(0, 6);
        users.create(name, name, "sandi-metrik-4321", StaffUsers.Role.STAFF);
        staff.signIn(name, "sandi-metrik-4321");
        assertThat(staff.get("/actuator/prometheus").statusCode()).isEqualTo(403);

        ConsoleClient admin = new ConsoleClient(port);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> metrics = admin.get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void anOversizedConsoleFormIsRefusedWithoutBeingRead() throws Exception {
        String code = submitReport("Amarasi");
        ConsoleClient staff = new ConsoleClient(port);
        staff.signIn(ADMIN, ADMIN_PASSWORD);
        staff.get("/console/reports/" + code);
        // over the 256 KB form limit, under the 1 MB Tomcat drains before closing the connection
        String note = "x".repeat(600 * 1024);

        HttpResponse<String> declared =
                staff.post(
                        "/console/reports/" + code + "/status",
                        Map.of("to", "IN_REVIEW", "note", note));
        HttpResponse<String> chunked =
                staff.send(
                        staff.request("/console/reports/" + code + "/status")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () ->
                                                        new ByteArrayInputStream(
                                                                ("to=IN_REVIEW&_csrf="
                                                                                + staff.csrf()
                                                                                + "&note="
                                                                                + note)
                                                                        .getBytes())))
                                .build());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(queue.find(code).orElseThrow().status().name()).isEqualTo("NEW");
    }

    private String submitReport(String kecamatan) {
        return queue.submit(
                        ReportDraft.builder("headers-test:" + UUID.randomUUID(), "telegram")
                                .reporter("pseudo-headers", "id")
                                .what("Calo rekrut ke Malaysia", null)
                                .broker("Om Yakobus", List.of("+6281311112222"), List.of())
                                .place(kecamatan, "Desa", null, null)
                                .route(List.of("MY"), List.of(), null)
                                .victims(2, false)
                                .build())
                .code();
    }
}
