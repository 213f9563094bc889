package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /telegram/webhook}: Telegram's webhook delivery. A call without the configured secret
 * token is refused (401) before its body is read; a body over {@link #MAX_BODY} bytes is refused
 * (413) without being read into memory: by its declared length, or while streaming a chunked one.
 * An update is handled like a polled one (the same {@link UpdateIntake}: duplicates dropped by
 * update id, per-chat order through {@link ChatLanes}); the answer waits until it is handled, up to
 * {@link #WAIT}, so a crash before that makes Telegram deliver it again. Malformed updates are set
 * aside with 200, or Telegram would retry them for a day.
 */
@RestController
@Conditional(TelegramWebhook.class)
class WebhookController {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** Telegram's updates are a few kilobytes; anything this large is not one. */
    static final int MAX_BODY = 1024 * 1024;

    /** Telegram retries slow answers; longer handling goes on in the background. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final byte[] secret;
    private final ObjectMapper json;
    private final UpdateParser parser;
    private final UpdateIntake intake;
    private final PollingHealth health;
    private final ChatLanes lanes = new ChatLanes(4);
    private final Counter refused;
    private final Counter tooLarge;

    WebhookController(
            TelegramSettings settings,
            ObjectMapper telegramObjectMapper,
            UpdateParser parser,
            UpdateIntake intake,
            PollingHealth health,
            MeterRegistry meters) {
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.json = telegramObjectMapper;
        this.parser = parser;
        this.intake = intake;
        this.health = health;
        this.refused = meters.counter("migrasi.telegram.webhook.refused");
        this.tooLarge = meters.counter("migrasi.telegram.webhook.too-large");
    }

    /**
     * Takes the raw request rather than a {@code @RequestBody}: Spring would read the whole body
     * before this method could check the secret or the size.
     */
    @PostMapping(PATH)
    ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
        if (!authentic(request.getHeader(SECRET_HEADER))) {
            refused.increment();
            log.warn("Webhook call refused: missing or wrong secret token");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Optional<byte[]> body = body(request);
        if (body.isEmpty()) {
            tooLarge.increment();
            log.warn("Webhook call refused: body over {} bytes", MAX_BODY);
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        health.success();
        Optional<Update> update = parse(body.get());
        if (update.isPresent()) {
            Update u = update.get();
            await(lanes.submit(ChatLanes.keyOf(u), () -> intake.handle(u)), u.getUpdateId());
        }
        return ResponseEntity.ok().build();
    }

    private boolean authentic(String token) {
        return token != null
                && MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8));
    }

    /** The body, or empty when it is longer than {@link #MAX_BODY} (declared or streamed). */
    private static Optional<byte[]> body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? Optional.empty() : Optional.of(body);
        }
    }

    private Optional<Update> parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node == null || node.isMissingNode() ? Optional.empty() : parser.parse(node);
        } catch (IOException e) {
            log.warn("Webhook body set aside: not JSON ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static void await(Future<?> handling, Integer updateId) {
        try {
            handling.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Update {} still being handled after {}; answering now", updateId, WAIT);
        } catch (ExecutionException e) {
            log.error("Update {} failed: {}", updateId, e.getCause().getClass().getName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        lanes.shutdown();
    }
}
