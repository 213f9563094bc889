package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import id.migrasiaman.store.KeyValues;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Long polling with what TelegramBots' own session lacks: each batch is accepted into the durable
 * inbox (fsync or majority) before the next {@code getUpdates} confirms it to Telegram, and the
 * next batch is fetched at once while workers handle the last one. The offset is also kept in
 * MongoDB; an update without a usable id is skipped instead of wedging intake; any failure backs
 * off (1 s doubling to 60 s) and polling resumes by itself.
 */
@Component
@Conditional(TelegramPolling.class)
class UpdatePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final String OFFSET_KEY = "telegram.offset";
    private final BotApiCalls api;
    private final TelegramSettings settings;
    private final KeyValues keyValues;
    private final UpdateAcceptor acceptor;
    private final PollingHealth health;

    private final Backoff backoff = new Backoff(1_000, 60_000);
    private volatile boolean running;
    private Thread thread;

    UpdatePoller(
            BotApiCalls api,
            TelegramSettings settings,
            KeyValues keyValues,
            UpdateAcceptor acceptor,
            PollingHealth health) {
        this.api = api;
        this.settings = settings;
        this.keyValues = keyValues;
        this.acceptor = acceptor;
        this.health = health;
    }

    @Override
    public void start() {
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
        Set<String> lanes = new LinkedHashSet<>();
        long next = offset;
        for (JsonNode node : result) {
            long id = node.path("update_id").asLong(-1);
            next = Math.max(next, id + 1);
            Optional<UpdateAcceptor.Received> update = acceptor.read(node);
            if (update.isEmpty()) {
                log.warn("Update {} set aside: no usable update id", id);
                continue;
            }
            acceptor.accept(update.get());
            lanes.add(update.get().lane());
        }
        if (next != offset) {
            // Durable before the next getUpdates confirms the batch to Telegram.
            acceptor.commit(lanes);
            keyValues.putLong(OFFSET_KEY, next);
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
