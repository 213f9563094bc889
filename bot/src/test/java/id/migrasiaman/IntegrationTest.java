package id.migrasiaman;

import id.migrasiaman.telegram.FakeBotApi;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-application tests: the embedded MongoDB over its socket (memory backend, or
 * {@code MONGODB_URI} when set, each run in its own database) and WireMock playing the Bot API.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "migrasi.store.embedded-backend=MEMORY",
            "migrasi.telegram.poll-timeout=0s",
            // Telegram-like pacing has its own tests; conversations here should not wait for it.
            "migrasi.transport.private-burst=20",
            "migrasi.transport.private-interval=100ms",
            // Every test's alerts share one staff group: allow the most Telegram allows a group.
            "migrasi.transport.group-per-minute=60",
            "migrasi.transport.lease=5s",
            "migrasi.transport.max-retry-delay=2s",
            "migrasi.privacy.pseudonym-secret=test-secret-0123456789abcdef",
            "migrasi.telegram.staff-chat-id=" + IntegrationTest.STAFF_CHAT,
            "migrasi.console.admin-user=" + IntegrationTest.ADMIN,
            "migrasi.console.admin-password=" + IntegrationTest.ADMIN_PASSWORD
        })
public abstract class IntegrationTest {

    protected static final String STAFF_CHAT = "-100999";
    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "kata-sandi-uji-123";

    protected static final FakeBotApi BOT_API = new FakeBotApi();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("migrasi.telegram.token", () -> FakeBotApi.TOKEN);
        registry.add("migrasi.telegram.api-url", BOT_API::url);
        registry.add("migrasi.store.database", () -> "test-" + ProcessHandle.current().pid());
        registry.add(
                "migrasi.store.data-dir",
                () ->
                        System.getProperty("java.io.tmpdir")
                                + "/migrasi-test-"
                                + ProcessHandle.current().pid());
    }
}
