package id.migrasiaman.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 10's promise through the webhook: an emergency is never delayed behind other chats'
 * backlog. Hundreds of chats' updates are held back (a burst keeps going, and the duty cycle's
 * share is 0, so nothing ordinary is handled while it lasts, on one worker); a quiet chat's
 * emergency is answered all the same, after its own earlier message, and every other chat is
 * answered in order once the burst is over.
 */
@TestPropertySource(properties = {"migrasi.transport.workers=1", "migrasi.transport.burst-share=0"})
class UrgentFirstTests extends WebhookTest {

    private static final int CHATS = 300;
    private static final long FIRST_CHAT = 770_000;
    private static final long QUIET_CHAT = 779_999;
    private static final int POSTERS = 4;

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicBoolean flooding = new AtomicBoolean(true);
    private final List<Thread> posters = new ArrayList<>();

    @BeforeEach
    void api() {
        BOT_API.reset();
    }

    @AfterEach
    void stop() throws InterruptedException {
        flooding.set(false);
        for (Thread t : posters) {
            t.join(30_000);
        }
    }

    @Test
    void aQuietChatsEmergencyIsAnsweredBeforeOtherChatsBacklog() throws Exception {
        CountDownLatch backlogPosted = new CountDownLatch(POSTERS);
        for (int p = 0; p < POSTERS; p++) {
            int poster = p;
            Thread t = new Thread(() -> post(poster, backlogPosted), "poster-" + p);
            t.setDaemon(true);
            posters.add(t);
            t.start();
        }
        assertThat(backlogPosted.await(120, TimeUnit.SECONDS)).isTrue();

        BotConversation quiet = new BotConversation(BOT_API, QUIET_CHAT);
        assertThat(post(quiet.lastUpdateJson("halo"), SECRET).statusCode()).isEqualTo(200);
        String emergency = "tolong, anak saya dikunci majikan di Malaysia, paspornya diambil";
        assertThat(post(quiet.lastUpdateJson(emergency), SECRET).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> emergencyAnswered(Delivered.texts(BOT_API, QUIET_CHAT)));
        int answeredMeanwhile = answeredChats();

        // The backlog was still there: the emergency did not wait for it.
        assertThat(answeredMeanwhile).isLessThan(CHATS / 2);
        // Its own chat's earlier message was answered first.
        List<String> quietTexts = Delivered.texts(BOT_API, QUIET_CHAT);
        assertThat(isEmergency(quietTexts.get(0))).isFalse();

        flooding.set(false);
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> answeredChats() == CHATS);
        // Every other chat in its own order: the welcome (to /start) before the answer.
        for (List<JsonNode> messages : byChat().values()) {
            assertThat(messages.get(0).path("reply_markup").path("inline_keyboard").size())
                    .isEqualTo(7);
        }
    }

    /** Posts each chat's /start and a question, then re-posts them (duplicates) to keep a burst. */
    private void post(int poster, CountDownLatch backlogPosted) {
        List<String> posted = new ArrayList<>();
        try {
            for (int i = poster; i < CHATS; i += POSTERS) {
                BotConversation chat = new BotConversation(BOT_API, FIRST_CHAT + i);
                String start = chat.lastUpdateJson("/start");
                String question = chat.lastUpdateJson("Berapa biaya resmi kerja ke Malaysia?");
                post(start, SECRET);
                post(question, SECRET);
                posted.add(question);
            }
            backlogPosted.countDown();
            int n = 0;
            while (flooding.get()) {
                post(posted.get(n++ % posted.size()), SECRET);
            }
        } catch (Exception e) {
            backlogPosted.countDown();
        }
    }

    private static boolean emergencyAnswered(List<String> texts) {
        return texts.stream().anyMatch(UrgentFirstTests::isEmergency);
    }

    private static boolean isEmergency(String text) {
        return text.contains("bahaya") || text.contains("999") || text.contains("Satgas");
    }

    /** Other chats with both their messages answered. */
    private int answeredChats() {
        return (int) byChat().values().stream().filter(m -> m.size() >= 2).count();
    }

    private Map<Long, List<JsonNode>> byChat() {
        Map<Long, List<JsonNode>> chats = new HashMap<>();
        BOT_API.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().toLowerCase().endsWith("/sendmessage"))
                .filter(e -> e.getResponse().getStatus() == 200)
                .sorted(Comparator.comparing((ServeEvent e) -> e.getRequest().getLoggedDate()))
                .map(e -> read(e.getRequest().getBodyAsString()))
                .forEach(
                        m -> {
                            long chat = m.path("chat_id").asLong();
                            if (chat >= FIRST_CHAT && chat < FIRST_CHAT + CHATS) {
                                chats.computeIfAbsent(chat, k -> new ArrayList<>()).add(m);
                            }
                        });
        return chats;
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }
}
