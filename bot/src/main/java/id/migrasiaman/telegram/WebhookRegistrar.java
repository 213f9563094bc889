package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Webhook mode: registers {@code TELEGRAM_WEBHOOK_URL} with its secret token at start-up, retrying
 * with backoff (1 s doubling to 60 s) until Telegram accepts it, so a bot started while the Bot API
 * is unreachable registers by itself once it is back. Pending updates are kept, not dropped.
 */
@Component
@Conditional(TelegramWebhook.class)
class WebhookRegistrar implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistrar.class);

    private final BotApiCalls api;
    private final TelegramSettings settings;
    private final ObjectMapper json;
    private final PollingHealth health;
    private final Backoff backoff = new Backoff(1_000, 60_000);
    private volatile boolean running;
    private volatile boolean registered;
    private Thread thread;

    WebhookRegistrar(
            BotApiCalls api,
            TelegramSettings settings,
            ObjectMapper telegramObjectMapper,
            PollingHealth health) {
        this.api = api;
        this.settings = settings;
        this.json = telegramObjectMapper;
        this.health = health;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::register, "telegram-webhook");
        thread.setDaemon(true);
        thread.start();
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

    boolean registered() {
        return registered;
    }

    private void register() {
        while (running && !registered) {
            try {
                api.call("setWebhook", json.writeValueAsString(request()));
                registered = true;
                health.success();
                log.info("Telegram: webhook registered at {}", settings.webhookUrl());
            } catch (IOException | RuntimeException e) {
                health.failure();
                long wait = backoff.next();
                log.warn(
                        "Telegram setWebhook failed ({}); retrying in {} ms",
                        e.getClass().getSimpleName(),
                        wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The setWebhook body; it carries the secret, so it is never logged. */
    private ObjectNode request() {
        ObjectNode body = json.createObjectNode();
        body.put("url", settings.webhookUrl());
        body.put("secret_token", settings.webhookSecret());
        body.put("drop_pending_updates", false);
        body.put("max_connections", 40);
        ArrayNode allowed = body.putArray("allowed_updates");
        BotApiCalls.ALLOWED_UPDATES.forEach(allowed::add);
        return body;
    }
}
