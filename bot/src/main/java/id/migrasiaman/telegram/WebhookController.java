package id.migrasiaman.telegram;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /telegram/webhook}: Telegram's webhook delivery. A call without the configured secret
 * token is refused (401) before its body is read; a body over {@link #MAX_BODY} bytes is refused
 * (413) without being read into memory: by its declared length, or while streaming a chunked one.
 * An update is accepted into the durable inbox (the same {@link UpdateAcceptor} as polling) and
 * answered 200 as soon as it is on disk, long before it is handled; a button press is answered in
 * the response itself (answerCallbackQuery), so its spinner stops at once. If the update cannot be
 * stored the answer is 503 and Telegram delivers it again. Malformed updates are set aside with
 * 200, or Telegram would retry them for a day.
 *
 * <p>A servlet filter registered for this one path ahead of every other filter ({@link
 * TelegramConfiguration#webhookEndpoint}), which answers the call itself: the console's Spring
 * Security chain (sessions, CSRF, headers, authorisation), the HTTP observation filter and Spring
 * MVC's dispatch cost about five times what accepting an update does, and none of them has anything
 * to do here (the secret token is the webhook's authentication, checked before the body is read).
 * Its own timer {@code migrasi.telegram.webhook.accept} takes the place of the HTTP metrics.
 */
class WebhookController implements Filter {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** Telegram's updates are a few kilobytes; anything this large is not one. */
    static final int MAX_BODY = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final byte[] secret;
    private final UpdateAcceptor acceptor;
    private final PollingHealth health;
    private final Counter refused;
    private final Counter tooLarge;
    private final Timer accepting;

    WebhookController(
            TelegramSettings settings,
            UpdateAcceptor acceptor,
            PollingHealth health,
            MeterRegistry meters) {
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.acceptor = acceptor;
        this.health = health;
        this.refused = meters.counter("migrasi.telegram.webhook.refused");
        this.tooLarge = meters.counter("migrasi.telegram.webhook.too-large");
        this.accepting = meters.timer("migrasi.telegram.webhook.accept");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        long started = System.nanoTime();
        Answer answer = receive(request);
        accepting.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        response.setStatus(answer.status());
        if (answer.json() != null) {
            byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } else {
            response.setContentLength(0);
        }
    }

    /** The status to answer, and the JSON body (a Bot API method call) or null. */
    record Answer(int status, String json) {

        static final Answer OK = new Answer(HttpServletResponse.SC_OK, null);

        static Answer status(int status) {
            return new Answer(status, null);
        }
    }

    /** Checks the secret before the body is read, then the size, then accepts the update. */
    Answer receive(HttpServletRequest request) throws IOException {
        if (!authentic(request.getHeader(SECRET_HEADER))) {
            refused.increment();
            log.warn("Webhook call refused: missing or wrong secret token");
            return Answer.status(HttpServletResponse.SC_UNAUTHORIZED);
        }
        Optional<byte[]> body = body(request);
        if (body.isEmpty()) {
            tooLarge.increment();
            log.warn("Webhook call refused: body over {} bytes", MAX_BODY);
            return Answer.status(413);
        }
        health.success();
        Optional<UpdateAcceptor.Received> update = parse(body.get());
        if (update.isEmpty()) {
            return Answer.OK;
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
            return Answer.status(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        if (received.callbackQueryId() == null) {
            return Answer.OK;
        }
        return new Answer(
                HttpServletResponse.SC_OK,
                "{\"method\":\"answerCallbackQuery\",\"callback_query_id\":\""
                        + new String(
                                JsonStringEncoder.getInstance()
                                        .quoteAsString(received.callbackQueryId()))
                        + "\"}");
    }

    private boolean authentic(String token) {
        return token != null
                && MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8));
    }

    /** The body, or empty when it is longer than {@link #MAX_BODY} (declared or streamed). */
    private static Optional<byte[]> body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            if (declared >= 0) {
                // Telegram declares the length: one array of that size. readNBytes(MAX_BODY + 1)
                // grew 8-KB buffers and copied them, a third of the request threads' allocation.
                return Optional.of(in.readNBytes((int) declared));
            }
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? Optional.empty() : Optional.of(body);
        }
    }

    private Optional<UpdateAcceptor.Received> parse(byte[] body) {
        try {
            Optional<UpdateAcceptor.Received> received = acceptor.read(body);
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
