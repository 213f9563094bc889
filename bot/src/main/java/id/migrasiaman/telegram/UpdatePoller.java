package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.store.KeyValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling with what TelegramBots' own session lacks: the offset is kept in MongoDB and only
 * advanced after a batch is handled; each update is parsed on its own so one malformed update is
 * set aside instead of wedging intake; any failure backs off (1 s doubling to 60 s) and polling
 * resumes by itself. Chats are handled in parallel, each chat in order.
 */
@Component
@Conditional(TelegramPolling.class)
class UpdatePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final String OFFSET_KEY = "telegram.offset";
    private final BotApiCalls api;
    private final TelegramSettings settings;
    private final KeyValues keyValues;
    private final UpdateIntake intake;
    private final UpdateParser parser;
    private final PollingHealth health;

    /** Made at each start: a stopped lifecycle (e.g. a paused test context) may start again. */
    private volatile ChatLanes lanes;

    private final Backoff backoff = new Backoff(1_000, 60_000);
    private volatile boolean running;
    private Thread thread;

    UpdatePoller(
            BotApiCalls api,
            TelegramSettings settings,
            KeyValues keyValues,
            UpdateIntake intake,
            UpdateParser parser,
            PollingHealth health) {
        this.api = api;
        this.settings = settings;
        this.keyValues = keyValues;
        this.intake = intake;
        this.parser = parser;
        this.health = health;
    }

    @Override
    public void start() {
        lanes = new ChatLanes(4);
        running = true;
        thread = new Thread(this::run, "telegram-poller");
        thread.setDaemon(true);
        thread.start();
        log.info("Telegram: long polling {}", api.describe());
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        lanes.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        boolean webhookCleared = false;
        while (running) {
            try {
                if (!webhookCleared) {
                    api.call(new DeleteWebhook());
                    webhookCleared = true;
                }
                pollOnce();
                backoff.reset();
                health.success();
            } catch (IOException | RuntimeException e) {
                health.failure();
                long wait = backoff.next();
                log.warn(
                        "Telegram polling failed ({}); retrying in {} ms",
                        e.getClass().getSimpleName(),
                        wait);
                sleep(wait);
            }
        }
    }

    private void pollOnce() throws IOException {
        long offset = keyValues.getLong(OFFSET_KEY).orElse(0L);
        GetUpdates request =
                GetUpdates.builder()
                        .offset((int) offset)
                        .timeout((int) settings.pollTimeout().getSeconds())
                        .limit(100)
                        .allowedUpdates(BotApiCalls.ALLOWED_UPDATES)
                        .build();
        JsonNode result = api.call(request);
        List<Update> updates = new ArrayList<>();
        long next = offset;
        for (JsonNode node : result) {
            long id = node.path("update_id").asLong(-1);
            next = Math.max(next, id + 1);
            parser.parse(node).ifPresent(updates::add);
        }
        handleAll(updates);
        if (next != offset) {
            keyValues.putLong(OFFSET_KEY, next);
        }
    }

    private void handleAll(List<Update> updates) {
        List<Future<?>> pending = new ArrayList<>();
        for (Update update : updates) {
            pending.add(lanes.submit(ChatLanes.keyOf(update), () -> intake.handle(update)));
        }
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (Exception e) {
                log.error("Update handling interrupted: {}", e.getClass().getSimpleName());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
