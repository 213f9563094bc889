package id.migrasiaman.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.migrasiaman.IntegrationTest;
import id.migrasiaman.reports.ReportDraft;
import id.migrasiaman.reports.ReportQueue;
import id.migrasiaman.reports.ReporterContact;
import id.migrasiaman.stories.Story;
import id.migrasiaman.stories.StoryStore;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff console in a real headless Chromium, against the whole application. */
class ConsoleBrowserTests extends IntegrationTest {

    private static WebDriver browser;

    @LocalServerPort int port;

    @Autowired ReportQueue queue;

    @Autowired StaffUsers users;

    @Autowired StoryStore stories;

    @BeforeAll
    static void openBrowser() {
        Browser.assumeInstalled();
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void signedOut() {
        BOT_API.reset();
        browser.manage().deleteAllCookies();
    }

    /** Every page of every test ran without the Content-Security-Policy refusing anything. */
    @AfterEach
    void nothingRefusedByTheContentSecurityPolicy() {
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    /** Waits until the element's text contains {@code text} (the page after a form post). */
    private static void waitFor(By element, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    /** Clicks "Keluar" and waits for the sign-out to land, so the next page load is not raced. */
    private void signOut() {
        browser.findElement(By.id("logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.urlContains("/console/login?logout"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String user, String password) {
        browser.get(url("/console"));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.urlContains("/console/login"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private String submitReport(boolean minors) {
        String key = "console-test:" + UUID.randomUUID();
        return queue.submit(
                        ReportDraft.builder(key, "telegram")
                                .reporter("pseudo-console", "id")
                                .what("Calo janji kerja di Malaysia lewat Nunukan", "kemarin")
                                .broker("Om Beni", List.of("+6281234567890"), List.of())
                                .place("Amarasi", "Oekabiti", null, null)
                                .route(List.of("MY"), List.of("Nunukan"), null)
                                .victims(4, minors)
                                .messages(List.of("Calo janji kerja di Malaysia lewat Nunukan"))
                                .contact(new ReporterContact("telegram", "tg:990001"))
                                .build())
                .code();
    }

    @Test
    void staffSignInClaimForwardAndWriteToTheReporter() {
        String code = submitReport(true);

        signIn(ADMIN, ADMIN_PASSWORD);

        assertThat(browser.findElement(By.id("reports")).getText()).contains(code);
        browser.findElement(By.linkText(code)).click();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("NEW");
        assertThat(browser.findElement(By.id("facts")).getText())
                .contains("Om Beni", "+6281234567890", "Amarasi", "MY");

        browser.findElement(By.id("claim")).click();
        waitFor(By.id("status"), "IN_REVIEW");
        assertThat(browser.findElement(By.id("assignee")).getText()).isEqualTo(ADMIN);

        new Select(browser.findElement(By.id("to"))).selectByValue("FORWARDED_POLICE");
        browser.findElement(By.id("note")).sendKeys("Diteruskan ke Polres Kupang");
        browser.findElement(By.id("change-status")).click();
        waitFor(By.id("status"), "FORWARDED_POLICE");
        assertThat(browser.findElement(By.id("audit")).getText())
                .contains("Diteruskan ke Polres Kupang", ADMIN);

        browser.findElement(By.id("message-text")).sendKeys("Terima kasih, laporan diteruskan.");
        browser.findElement(By.id("send-message")).click();
        waitFor(By.id("notice"), "Pesan");
        assertThat(browser.findElement(By.id("notice")).getText())
                .contains("Pesan terkirim ke pelapor");
        assertThat(queue.find(code).orElseThrow().status().name()).isEqualTo("FORWARDED_POLICE");
    }

    @Test
    void aSecondReportOnTheSameBrokerAndNewInformationStandOut() {
        String first = submitReport(false);
        String second = submitReport(false);
        queue.append(
                second, "pseudo-console", "Dia datang lagi hari ini", List.of(), "k:" + second);
        signIn(ADMIN, ADMIN_PASSWORD);

        assertThat(browser.findElement(By.linkText(second)).findElement(By.xpath("..")).getText())
                .contains("info baru");
        browser.findElement(By.linkText(second)).click();
        assertThat(browser.findElement(By.id("known-broker")).getText()).contains(first);
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Dia datang lagi hari ini");
        assertThat(queue.find(second).orElseThrow().newInfo()).isFalse();

        browser.findElement(By.id("nav-brokers")).click();
        assertThat(browser.findElement(By.id("brokers")).getText())
                .contains("Om Beni", "+6281234567890", first, second);
    }

    @Test
    void claimNextTakesTheMostUrgentReport() {
        submitReport(false);
        String urgent = submitReport(true);
        signIn(ADMIN, ADMIN_PASSWORD);

        assertThat(browser.findElement(By.id("urgent-banner")).getText()).contains("DARURAT");

        browser.findElement(By.id("claim-next")).click();

        String claimed = browser.findElement(By.id("code")).getText();
        assertThat(queue.find(claimed).orElseThrow().priority().name()).isEqualTo("URGENT");
        assertThat(queue.find(claimed).orElseThrow().assignee()).isEqualTo(ADMIN);
        assertThat(claimed).isNotBlank();
        assertThat(urgent).isNotBlank();
    }

    @Test
    void aModeratorCorrectsAndPublishesAStory() {
        String id =
                stories.save(
                        new StoryStore.Told(
                                "console-story:" + UUID.randomUUID(),
                                "pseudo-teller",
                                "id",
                                "MY",
                                "NONPROCEDURAL",
                                "Saya ke Tawau lewat calo dari desa Oelnasi, paspor ditahan.",
                                "Urus lewat Disnaker.",
                                true));
        signIn(ADMIN, ADMIN_PASSWORD);
        browser.findElement(By.id("nav-stories")).click();

        var story = browser.findElement(By.id("story-" + id));
        assertThat(story.getText()).contains("MY", "NONPROCEDURAL");
        var text = story.findElement(By.className("story-text"));
        text.clear();
        text.sendKeys("Saya ke Tawau lewat calo dari desa [desa], paspor ditahan.");
        story.findElement(By.className("publish")).click();

        waitFor(By.id("notice"), "diterbitkan");
        assertThat(browser.findElements(By.id("story-" + id))).isEmpty();
        Story published = stories.find(id).orElseThrow();
        assertThat(published.status()).isEqualTo(Story.Status.PUBLISHED);
        assertThat(published.text()).contains("[desa]").doesNotContain("Oelnasi");
        assertThat(published.original()).isNull();

        stories.save(
                new StoryStore.Told(
                        "console-private:" + UUID.randomUUID(),
                        "pseudo-private",
                        "id",
                        "HK",
                        "LEGAL",
                        "Cerita untuk petugas saja: agen P3MI potong gaji.",
                        null,
                        false));
        browser.get(url("/console/stories"));
        assertThat(browser.findElements(By.className("private-story")))
                .anyMatch(e -> e.getText().contains("agen P3MI potong gaji"));
    }

    @Test
    void wrongPasswordIsRefused() {
        signIn(ADMIN, "not-the-password");

        assertThat(browser.findElement(By.id("login-error")).getText()).contains("salah");
        browser.get(url("/console"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhileUntilAnAdminUnlocksIt() {
        String name = "kunci" + (System.nanoTime() % 100_000);
        users.create(name, name, "sandi-yang-benar-1", StaffUsers.Role.STAFF);
        for (int i = 0; i < LoginAttempts.FREE_FAILURES; i++) {
            signIn(name, "salah-" + i);
            assertThat(browser.findElement(By.id("login-error")).isDisplayed()).isTrue();
        }

        signIn(name, "sandi-yang-benar-1");

        assertThat(browser.findElement(By.id("login-locked")).getText()).contains("dikunci");
        assertThat(browser.getCurrentUrl()).contains("/console/login");

        signIn(ADMIN, ADMIN_PASSWORD);
        browser.findElement(By.id("nav-staff")).click();
        browser.findElement(By.id("account-" + name)).findElement(By.className("unlock")).click();
        waitFor(By.id("notice"), "dibuka");
        signOut();
        signIn(name, "sandi-yang-benar-1");
        assertThat(browser.findElement(By.id("nav-account")).getText()).isEqualTo(name);
    }

    @Test
    void statisticsDrawChartsFromTheQueue() {
        submitReport(false);
        signIn(ADMIN, ADMIN_PASSWORD);

        browser.findElement(By.id("nav-stats")).click();

        assertThat(Long.parseLong(browser.findElement(By.id("total")).getText())).isPositive();
        Object drawn =
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return typeof Chart !== 'undefined'"
                                        + " && Chart.getChart('chart-status') !== undefined"
                                        + " && Chart.getChart('chart-status').data.datasets[0]"
                                        + ".data.length > 0");
        assertThat(drawn).isEqualTo(Boolean.TRUE);
    }

    @Test
    void onlyAdminsManageAccountsAndStaffCanSignIn() {
        signIn(ADMIN, ADMIN_PASSWORD);
        browser.findElement(By.id("nav-staff")).click();
        String name = "petugas" + (System.nanoTime() % 100_000);
        browser.findElement(By.id("new-username")).sendKeys(name);
        browser.findElement(By.id("new-display-name")).sendKeys("Petugas Uji");
        browser.findElement(By.id("new-password")).sendKeys("sandi-petugas-123");
        new Select(browser.findElement(By.id("new-role"))).selectByValue("STAFF");
        browser.findElement(By.id("create-staff")).click();
        // The form posts and the page reloads: read the new page's list, not the old one's.
        waitFor(By.id("accounts"), name);
        signOut();

        signIn(name, "sandi-petugas-123");
        assertThat(browser.findElements(By.id("nav-staff"))).isEmpty();
        browser.get(url("/console/staff"));
        assertThat(browser.getPageSource()).doesNotContain("new-username");
        assertThat(users.find(name).orElseThrow().role()).isEqualTo(StaffUsers.Role.STAFF);

        browser.get(url("/console/account"));
        browser.findElement(By.id("current-password")).sendKeys("sandi-petugas-123");
        browser.findElement(By.id("new-own-password")).sendKeys("sandi-baru-456789");
        browser.findElement(By.id("change-password")).click();
        waitFor(By.id("notice"), "diganti");
        signOut();
        signIn(name, "sandi-baru-456789");
        assertThat(browser.findElement(By.id("nav-account")).getText()).isEqualTo(name);
    }
}
