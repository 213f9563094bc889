package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The console as deployed behind a reverse proxy on this machine ({@code 127.0.0.1} trusted), with
 * the actuator on a management port of its own and a short idle timeout, so that sign-out by
 * inactivity can be watched in seconds.
 */
@TestPropertySource(
        properties = {
            "migrasi.web.trusted-proxies=127.0.0.1",
            "migrasi.console.idle-timeout=" + ConsoleDeploymentTests.IDLE_SECONDS + "s",
            "migrasi.console.refresh-interval=1s",
            "management.server.port=0"
        })
class ConsoleDeploymentTests extends IntegrationTest {

    static final int IDLE_SECONDS = 4;
    static final String PASSWORD = "sandi-proksi-uji-5555";

    private static WebDriver browser;

    @LocalServerPort int port;

    @LocalManagementPort int managementPort;

    @Autowired StaffUsers users;

    @Autowired ReportQueue queue;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void nothingRefusedByTheContentSecurityPolicy() {
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    private String newAccount() {
        String name = "proksi" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, name, PASSWORD, StaffUsers.Role.STAFF);
        return name;
    }

    @Test
    void theQueuesAutomaticRefreshDoesNotKeepAnIdleSessionAlive() throws Exception {
        ConsoleClient staff = new ConsoleClient(port);
        assertThat(staff.signIn(newAccount(), PASSWORD)).endsWith("/console");
        long signedIn = System.nanoTime();
        assertThat(staff.get("/console/live/queue").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(IDLE_SECONDS * 4L))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> staff.get("/console/live/queue").statusCode() == 401);

        assertThat(Duration.ofNanos(System.nanoTime() - signedIn))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(IDLE_SECONDS));
        assertThat(staff.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void whatTheStaffMemberDoesKeepsTheSessionAlive() throws Exception {
        ConsoleClient staff = new ConsoleClient(port);
        assertThat(staff.signIn(newAccount(), PASSWORD)).endsWith("/console");

        await().during(Duration.ofSeconds(IDLE_SECONDS + 2L))
                .atMost(Duration.ofSeconds(IDLE_SECONDS + 10L))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> staff.get("/console").statusCode() == 200);
    }

    @Test
    void anOpenQueueShowsNewReportsThenGoesToTheSignInPageWhenIdle() {
        String name = newAccount();
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/console/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("live")));

        String code = submitReport();

        new WebDriverWait(browser, Duration.ofSeconds(IDLE_SECONDS))
                .until(ExpectedConditions.presenceOfElementLocated(By.linkText(code)));
        new WebDriverWait(browser, Duration.ofSeconds(IDLE_SECONDS * 4L))
                .until(ExpectedConditions.urlContains("/console/login?expired"));
        assertThat(browser.findElement(By.id("login-expired")).getText()).contains("berakhir");
    }

    /** A guesser elsewhere (as the proxy reports it) cannot lock the real user out. */
    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheOwnerOutFromTheirs() throws Exception {
        String name = newAccount();
        for (int i = 0; i <= LoginAttempts.FREE_FAILURES; i++) {
            new ConsoleClient(port, "203.0.113.9").signIn(name, "tebakan-" + i);
        }
        assertThat(new ConsoleClient(port, "203.0.113.9").signIn(name, PASSWORD))
                .contains("locked");

        assertThat(new ConsoleClient(port, "198.51.100.7").signIn(name, PASSWORD))
                .endsWith("/console");
    }

    @Test
    void aTrustedProxysForwardedHeadersAreHonoured() throws Exception {
        ConsoleClient viaProxy = new ConsoleClient(port);
        HttpResponse<String> login =
                viaProxy.send(
                        viaProxy.request("/console/login")
                                .header("X-Forwarded-Proto", "https")
                                .header("X-Forwarded-Host", "bot.example.org")
                                .header("X-Forwarded-For", "198.51.100.8")
                                .build());

        assertThat(login.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("Secure"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void metricsAreOpenOnTheManagementPortOnlyAndHealthStaysTerse() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> metrics = get(http, managementPort, "/actuator/prometheus");
        HttpResponse<String> health = get(http, managementPort, "/actuator/health");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(health.body()).contains("UP").doesNotContain("components");
        assertThat(get(http, port, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
        assertThat(get(http, port, "/livez").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String submitReport() {
        return queue.submit(
                        ReportDraft.builder("deploy-test:" + UUID.randomUUID(), "telegram")
                                .reporter("pseudo-deploy", "id")
                                .what("Calo rekrut ke Malaysia", null)
                                .place("Semau", null, null, null)
                                .route(List.of("MY"), List.of(), null)
                                .victims(1, false)
                                .build())
                .code();
    }
}
