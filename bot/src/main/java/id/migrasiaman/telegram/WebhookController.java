package id.migrasiaman.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /telegram/webhook}: Telegram's webhook delivery. A call without the configured secret
 * token is refused (401) before its body is read; a body over {@link #MAX_BODY} bytes is refused
 * (413) without being read into memory: by its declared length, or while streaming a chunked one.
 * An update is accepted into the durable inbox (the same {@link UpdateAcceptor} as polling) and
 * answered 200 as soon as it is on disk, long before it is handled; a button press is answered in
 * the response itself (answerCallbackQuery), so its spinner stops at once. If the update cannot be
 * stored the answer is 503 and Telegram delivers it again. Malformed updates are set aside with
 * 200, or Telegram would retry them for a day.
 */
@RestController
@Conditional(TelegramWebhook.class)
class WebhookController {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** Telegram's updates are a few kilobytes; anything this large is not one. */
    static final int MAX_BODY = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final byte[] secret;
    private final ObjectMapper json;
    private final UpdateAcceptor acceptor;
    private final PollingHealth health;
    private final Counter refused;
    private final Counter tooLarge;

    WebhookController(
            TelegramSettings settings,
            ObjectMapper telegramObjectMapper,
            UpdateAcceptor acceptor,
            PollingHealth health,
            MeterRegistry meters) {
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.json = telegramObjectMapper;
        this.acceptor = acceptor;
        this.health = health;
        this.refused = meters.counter("migrasi.telegram.webhook.refused");
        this.tooLarge = meters.counter("migrasi.telegram.webhook.too-large");
    }

    /**
     * Takes the raw request rather than a {@code @RequestBody}: Spring would read the whole body
     * before this method could check the secret or the size.
     */
    @PostMapping(PATH)
    ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
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
        Optional<UpdateAcceptor.Received> update = parse(body.get());
        if (update.isEmpty()) {
            return ResponseEntity.ok().build();
        }
        UpdateAcceptor.Received received = update.get();
        try {
            acceptor.accept(received);
            acceptor.commit(List.of(received.lane()));
        } catch (RuntimeException e) {
            log.error(
                    "Update {} not stored ({}); Telegram will deliver it again",
                    received.updateId(),
                    e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        if (received.callbackQueryId() == null) {
            return ResponseEntity.ok().build();
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("method", "answerCallbackQuery");
        answer.put("callback_query_id", received.callbackQueryId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.toString());
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

    private Optional<UpdateAcceptor.Received> parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            Optional<UpdateAcceptor.Received> received =
                    node == null || !node.isObject() ? Optional.empty() : acceptor.read(node);
            if (received.isEmpty()) {
                log.warn("Webhook body set aside: no update id");
            }
            return received;
        } catch (IOException e) {
            log.warn("Webhook body set aside: not JSON ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
